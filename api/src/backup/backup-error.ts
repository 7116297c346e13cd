/** A refusal or failure of a backup or a restore, told to the operator as it is, without a stack. */
export class BackupError extends Error {}
