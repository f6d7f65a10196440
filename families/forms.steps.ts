// Every step of the Forms and Surveys family.
import newFormSubmission from '../triggers/forms/newFormSubmission';
import listForms from '../triggers/forms/listForms';
import newSurveySubmission from '../triggers/surveys/newSurveySubmission';
import listSurveys from '../triggers/surveys/listSurveys';

export default [newFormSubmission, listForms, newSurveySubmission, listSurveys];
