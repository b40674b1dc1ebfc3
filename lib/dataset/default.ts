/** The dataset old addresses lead to and the conflict index lists first. */
export const DEFAULT_DATASET = 'ukraine';
