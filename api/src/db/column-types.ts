import { DecimalType } from '@mikro-orm/core';

/** numeric(p, s) read back as a JS number: scores (0–100, two decimals) and money (万元). */
export const decimalNumber = () => new DecimalType('number');
