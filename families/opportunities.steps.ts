// Every step of the Opportunities family.
import searchOpportunities from '../triggers/opportunities/searchOpportunities';
import getOpportunity from '../triggers/opportunities/getOpportunity';
import listPipelines from '../triggers/opportunities/listPipelines';
import listPipelineStages from '../triggers/opportunities/listPipelineStages';
import listLostReasons from '../triggers/opportunities/listLostReasons';
import createOpportunity from '../creates/opportunities/createOpportunity';
import updateOpportunity from '../creates/opportunities/updateOpportunity';
import deleteOpportunity from '../creates/opportunities/deleteOpportunity';
import updateOpportunityStatus from '../creates/opportunities/updateOpportunityStatus';
import upsertOpportunity from '../creates/opportunities/upsertOpportunity';
import addOpportunityFollowers from '../creates/opportunities/addOpportunityFollowers';
import removeOpportunityFollowers from '../creates/opportunities/removeOpportunityFollowers';
import findOpportunity from '../searches/opportunities/findOpportunity';
import newOpportunity from '../triggers/opportunities/newOpportunity';
import opportunityStageChanged from '../triggers/opportunities/opportunityStageChanged';
import opportunityStatusChanged from '../triggers/opportunities/opportunityStatusChanged';

export default [
  searchOpportunities, getOpportunity, listPipelines, listPipelineStages, listLostReasons,
  createOpportunity, updateOpportunity, deleteOpportunity, updateOpportunityStatus, upsertOpportunity,
  addOpportunityFollowers, removeOpportunityFollowers,
  findOpportunity,
  newOpportunity, opportunityStageChanged, opportunityStatusChanged,
];
