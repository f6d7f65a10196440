// What invoices and estimates share: the line items (Zapier line items, or products and prices
// from the catalogue), currency and money checks, the contact billed, the sub-account's business
// details and dates in the user's time zone. Every check runs before the step's first request.
// Money is in major units (1500.50 = $1,500.50), as HighLevel's documents show (item amount 999
// for a $999 product); nothing is rounded or converted here.
export * from './money';
export * from './items';
export * from './parties';
export * from './body';
