// Placeholder until translated.
import type { MessageKey } from '../index';
import { en } from './en';
import { enOptions } from './en-options';

export const uk: Record<MessageKey, string> = { ...en, ...enOptions };
