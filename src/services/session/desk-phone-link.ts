import { BehaviorSubject, Subscription, combineLatest, distinctUntilChanged, map, type Observable } from 'rxjs';
import type { DeskPhoneLink, DeskPhoneLinkStatus, DeskPhoneSituation } from '../ports/desk-phone-link.js';
import type { DeskPhoneEvent, InteractionActionCommand } from '../ports/backend/contract.js';
import type { CommandOutcome } from '../ports/command-outcome.js';
import type { KitStore } from '../state/kit-store.js';
import type { KitCommands } from './commands.js';

/**
 * The session seen through the narrow window a CTI phone needs (PH-3): the session's status (with
 * a refused login), the desk phone's events, and agent actions with the server's answers.
 */
export class SessionDeskPhoneLink implements DeskPhoneLink {
  private readonly refusedLogin$ = new BehaviorSubject<{ readonly commandId: string; readonly message: string } | null>(null);
  private readonly following = new Subscription();
  readonly status: Observable<DeskPhoneLinkStatus>;
  readonly deskPhone: Observable<DeskPhoneEvent | null>;

  constructor(
    private readonly store: KitStore,
    private readonly commands: KitCommands,
  ) {
    this.deskPhone = store.select((state) => state.deskPhone);
    // Derived when a phone subscribes, so a session without a CTI phone holds no selection for it.
    this.status = combineLatest([store.select((state) => state.session.phase), this.refusedLogin$]).pipe(
      // A refused login leaves the session signing in; the link says why it went no further.
      map(([phase, refused]): DeskPhoneLinkStatus =>
        refused && phase !== 'ready' ? { status: 'refused', message: refused.message } : { status: phase },
      ),
      distinctUntilChanged(sameStatus),
    );
    let loginId: string | null = null;
    this.following.add(
      commands.answers.sent.subscribe(({ command, answer }) => {
        if (command.type !== 'login') return;
        loginId = command.commandId;
        this.refusedLogin$.next(null);
        void answer.then((answered) => {
          if (answered.answer === 'refused' && loginId === command.commandId) {
            this.refusedLogin$.next({ commandId: command.commandId, message: answered.message });
          }
        });
      }),
    );
  }

  situation(): DeskPhoneSituation {
    const { interaction, lastClosed } = this.store.state;
    return { interaction, lastClosed };
  }

  act(action: InteractionActionCommand['action']): Promise<CommandOutcome> {
    return this.commands.act(action);
  }

  dispose(): void {
    this.following.unsubscribe();
    this.refusedLogin$.complete();
  }
}

function sameStatus(a: DeskPhoneLinkStatus, b: DeskPhoneLinkStatus): boolean {
  return a.status === b.status && (a.status !== 'refused' || (b.status === 'refused' && a.message === b.message));
}
