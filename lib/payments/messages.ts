import "server-only";

// Messages people see, kept in one place so the adapters and tests refer to the same text.
export const PAYMENT_RECORDED_MESSAGE = "Payment recorded successfully";
export const PAYMENT_DUPLICATE_MESSAGE = "Payment already recorded (duplicate transaction_id)";
export const PAYMENT_CONFLICT_MESSAGE =
  "A payment with this transaction_id was already recorded with different values. Use a new transaction_id.";
