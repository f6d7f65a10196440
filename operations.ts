// The registry: every step the connector offers, by API family. The app definition, the OAuth
// scopes and the contract test all read this list, so a new step cannot miss its scope.
import type { Step } from './steps/define';
import contacts from './families/contacts.steps';
import calendars from './families/calendars.steps';
import opportunities from './families/opportunities.steps';
import users from './families/users.steps';
import businesses from './families/businesses.steps';
import workflows from './families/workflows.steps';
import conversations from './families/conversations.steps';
import other from './families/other.steps';
import tags from './families/tags.steps';
import customValues from './families/customValues.steps';
import instant from './families/instant.steps';
import appEvents from './families/appEvents.steps';
import objects from './families/objects.steps';
import forms from './families/forms.steps';
import invoices from './families/invoices.steps';
import payments from './families/payments.steps';
import products from './families/products.steps';
import medias from './families/medias.steps';
import documents from './families/documents.steps';
import apiRequest from './creates/api/apiRequest';

/** Every family's steps, by family (the end-to-end suites pick steps of each). */
export const families: Record<string, Step[]> = {
  contacts, calendars, opportunities, users, businesses, workflows, conversations, other, tags, customValues, objects,
  forms, invoices, payments, products, medias, documents, instant, appEvents,
  // The escape hatch for endpoints without a step of their own.
  api: [apiRequest],
};

export const steps: Step[] = Object.values(families).flat();

/**
 * The connection test reads the connected sub-account or agency; an agency connection lists the
 * sub-accounts where the app is installed and exchanges its token for theirs.
 */
export const CONNECTION_SCOPES = ['locations.readonly', 'companies.readonly', 'oauth.readonly', 'oauth.write'];

export const requiredScopes = (): string[] =>
  [...new Set([...CONNECTION_SCOPES, ...steps.flatMap((s) => [...s.scopes, ...s.alsoCalls.flatMap((c) => c.scopes)])])].sort();

export const byKind = (kind: Step['kind']) =>
  Object.fromEntries(steps.filter((s) => s.kind === kind).map((s) => [s.key, s.definition]));
