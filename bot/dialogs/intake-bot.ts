import { ActivityTypes, UserState, type BotState, type Storage, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState, type DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import type { Language } from '../../core/domain/vocabulary.js';
import { isLanguage, languageOfLocale } from '../locales/index.js';
import { EtagCheckedConversationState } from '../storage/etag-checked-state.js';
import { INTAKE_DIALOG, IntakeDialog } from './intake-dialog.js';
import type { IntakePorts } from './question.js';

/** The turn state key botbuilder-dialogs' DialogStateManager reads its configuration from. */
const DIALOG_STATE_CONFIGURATION = 'DialogStateManagerConfiguration';

/**
 * The website chat bot: loads the conversation and user state from the shared Storage, runs
 * the intake dialog for one turn, and saves the state back (so any instance can take the next turn).
 */
export class IntakeBot {
  readonly conversationState: BotState;
  readonly userState: UserState;
  private readonly dialogs: DialogSet;
  private readonly preferredLanguage;
  /** botbuilder-dialogs' memory scopes and path resolvers, the same on every turn (see run). */
  private dialogStateConfiguration: DialogStateManagerConfiguration | undefined;

  constructor(storage: Storage, ports: IntakePorts) {
    this.conversationState = new EtagCheckedConversationState(storage);
    this.userState = new UserState(storage);
    this.preferredLanguage = this.userState.createProperty<string>('language');
    this.dialogs = new DialogSet(this.conversationState.createProperty<DialogState>('dialogState'));
    this.dialogs.add(new IntakeDialog(ports));
  }

  async run(context: TurnContext): Promise<void> {
    const { activity } = context;
    // Both states in one read from the store (PrismaStorage batches reads issued together).
    await Promise.all([this.conversationState.load(context), this.userState.load(context)]);
    // Every DialogContext builds its DialogStateManager's memory scopes (a service collection
    // resolved through a dependency graph, settings checked with zod) unless the turn already
    // holds them under this key: build them on the first turn and hand the same ones to the next.
    if (this.dialogStateConfiguration) context.turnState.set(DIALOG_STATE_CONFIGURATION, this.dialogStateConfiguration);
    const dc = await this.dialogs.createContext(context);
    this.dialogStateConfiguration ??= dc.state.configuration;
    if (activity.type === ActivityTypes.ConversationUpdate) {
      // Greet once when the person joins (not when the bot itself is added).
      const personJoined = (activity.membersAdded ?? []).some((m) => m.id !== activity.recipient?.id);
      if (personJoined && !dc.activeDialog) await dc.beginDialog(INTAKE_DIALOG, { language: await this.languageFor(context) });
    } else if (activity.type === ActivityTypes.Message) {
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) {
        await dc.beginDialog(INTAKE_DIALOG, { language: await this.languageFor(context) });
      }
      const chat = (dc.activeDialog?.state as { chat?: { language?: unknown } } | undefined)?.chat;
      if (isLanguage(chat?.language)) await this.preferredLanguage.set(context, chat.language);
    }
    await this.conversationState.saveChanges(context);
    await this.userState.saveChanges(context);
  }

  private async languageFor(context: TurnContext): Promise<Language> {
    const remembered = await this.preferredLanguage.get(context);
    if (isLanguage(remembered)) return remembered;
    return languageOfLocale(context.activity.locale) ?? 'en';
  }
}
