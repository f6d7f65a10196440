// Every step of the Conversations & Messages family.
import newInboundMessage from '../triggers/conversations/newInboundMessage';
import searchConversations from '../triggers/conversations/searchConversations';
import getConversation from '../triggers/conversations/getConversation';
import getEmailMessage from '../triggers/conversations/getEmailMessage';
import getMessage from '../triggers/conversations/getMessage';
import getConversationMessages from '../triggers/conversations/getConversationMessages';
import getMessageRecording from '../triggers/conversations/getMessageRecording';
import getMessageTranscription from '../triggers/conversations/getMessageTranscription';
import downloadMessageTranscription from '../triggers/conversations/downloadMessageTranscription';
import listConversationEmails from '../triggers/conversations/listConversationEmails';
import getLiveChatVisitor from '../triggers/conversations/getLiveChatVisitor';
import updateMessageStatus from '../creates/conversations/updateMessageStatus';
import sendAgentTyping from '../creates/conversations/sendAgentTyping';
import sendMessage from '../creates/conversations/sendMessage';
import createConversation from '../creates/conversations/createConversation';
import logInboundMessage from '../creates/conversations/logInboundMessage';
import logOutboundCall from '../creates/conversations/logOutboundCall';

export default [
  newInboundMessage,
  searchConversations, getConversation, getEmailMessage, getMessage, getConversationMessages,
  getMessageRecording, getMessageTranscription, downloadMessageTranscription,
  listConversationEmails, getLiveChatVisitor, // hidden: dropdowns
  updateMessageStatus, sendAgentTyping, sendMessage, createConversation, logInboundMessage, logOutboundCall,
];
