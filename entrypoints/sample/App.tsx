import { useEffect, useState } from 'preact/hooks';
import { TabPicker, type SellerTab } from '../../components/sample/TabPicker';
import { SampleView, type SampleViewProps } from '../../components/sample/SampleView';
import type { SampleTranslate } from '../../lib/i18n/sample';
import type { CaptureReply } from '../../lib/sample/capture-message';

export type SampleAppProps = Omit<SampleViewProps, 'reply'> & {
  /** The Seller Center tab to copy, or null to choose one. */
  tabId: number | null;
  listTabs: () => Promise<SellerTab[]>;
  capture: (tabId: number) => Promise<CaptureReply>;
  chooseTab: (tabId: number) => void;
  t: SampleTranslate;
};

type State =
  | { status: 'picking'; tabs: SellerTab[] | null }
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'ready'; reply: CaptureReply };

/** The page-sample page: pick a tab (when opened from options), copy it, show the sample. */
export function App(props: SampleAppProps) {
  const { tabId, listTabs, capture, chooseTab, t } = props;
  const [state, setState] = useState<State>(tabId === null ? { status: 'picking', tabs: null } : { status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    document.title = t('sample.title');
    if (tabId === null) {
      listTabs().then(
        (tabs) => setState({ status: 'picking', tabs }),
        () => setState({ status: 'picking', tabs: [] }),
      );
      return;
    }
    setState({ status: 'loading' });
    capture(tabId).then(
      (reply) => setState({ status: 'ready', reply }),
      (err: unknown) => setState({ status: 'error', error: err instanceof Error ? err.message : String(err) }),
    );
  }, [tabId, attempt]);

  return (
    <>
      <header class="bar">
        <h1>{t('sample.title')}</h1>
      </header>
      <main>
        <p class="intro">{t('sample.intro')}</p>
        {state.status === 'picking' && (state.tabs ? <TabPicker tabs={state.tabs} onPick={chooseTab} t={t} /> : <p role="status">{t('state.loading')}</p>)}
        {state.status === 'loading' && <p role="status">{t('sample.loading')}</p>}
        {state.status === 'error' && (
          <div role="alert" class="error">
            <p>{t('sample.unreachable', { error: state.error })}</p>
            <button type="button" onClick={() => setAttempt(attempt + 1)}>
              {t('sample.retry')}
            </button>
          </div>
        )}
        {state.status === 'ready' && <SampleView {...props} reply={state.reply} />}
      </main>
    </>
  );
}
