// Every step of the Payments family.
import newPayment from '../triggers/payments/newPayment';
import newOrder from '../triggers/payments/newOrder';
import newOrCancelledSubscription from '../triggers/payments/newOrCancelledSubscription';

export default [newPayment, newOrder, newOrCancelledSubscription];
