// Placeholder until translated.
import type { MessageKey } from '../index';
import { en } from './en';
import { enOptions } from './en-options';

export const zh_CN: Record<MessageKey, string> = { ...en, ...enOptions };
