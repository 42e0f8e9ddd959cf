// Placeholder until translated.
import type { MessageKey } from '../index';
import { en } from './en';
import { enOptions } from './en-options';

export const pl: Record<MessageKey, string> = { ...en, ...enOptions };
