// UI strings of the public pages. Chinese first; English must have every key.
export const zh = {} as const;

export const en: Record<keyof typeof zh, string> = {};
