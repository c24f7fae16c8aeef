import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearch } from 'wouter';
import { graphql } from '../gql';
import type { DossierPageQuery, SatisfactionLevel } from '../gql/graphql';
import { useI18n } from '../i18n';
import { useAuth } from '../lib/auth';
import { ErrorNotice } from '../lib/errors';
import { FileField } from '../lib/FileField';
import { SignInFirst } from '../lib/SignInFirst';
import type { Uploaded } from '../lib/upload';

const DossierQuery = graphql(`
  query DossierPage($code: ID!) {
    dossier(code: $code) {
      code
      status
      procedureName
      feeVnd
      applicantName
      submittedAt
      receivedAt
      appointmentDate
      resolvedAt
      returnedAt
      returnChannel
      trackingPin
      supplementItems
      paymentAmountVnd
      resultSummary
      unit {
        code
        name
      }
      history {
        at
        action
        toStatus
        note
      }
      documents {
        kind
        title
        url
      }
      payments {
        reference
        amountVnd
        status
        failureReason
        settledAt
      }
      electronicResult {
        fileName
        downloadUrl
      }
      issuedDocuments {
        verificationCode
        kind
        url
      }
      notifications {
        id
        channel
        template
        recipientMasked
        status
        queuedAt
      }
    }
  }
`);

const Supplement = graphql(`
  mutation SupplementDossier($code: ID!, $input: SupplementInput!) {
    supplementDossier(code: $code, input: $input) {
      code
      status
    }
  }
`);

const PayOnline = graphql(`
  mutation PayOnline($code: ID!, $input: PayOnlineInput!) {
    payOnline(code: $code, input: $input) {
      redirectUrl
    }
  }
`);

const Rate = graphql(`
  mutation RateDossier($code: ID!, $rating: SatisfactionLevel!, $comment: String) {
    rateDossier(code: $code, rating: $rating, comment: $comment) {
      rating
    }
  }
`);

type Dossier = NonNullable<DossierPageQuery['dossier']>;
const LEVELS: SatisfactionLevel[] = [
  'VERY_SATISFIED',
  'SATISFIED',
  'NEUTRAL',
  'DISSATISFIED',
  'VERY_DISSATISFIED',
];

function SupplementForm({ dossier, onDone }: { dossier: Dossier; onDone: () => void }) {
  const { t } = useI18n();
  const [files, setFiles] = useState<Uploaded[]>([]);
  const [note, setNote] = useState('');
  const [send, { error, loading }] = useMutation(Supplement);
  return (
    <section className="panel" aria-labelledby="supplement-title">
      <h2 id="supplement-title">{t('supplementTitle')}</h2>
      <p>{t('supplementItems')}:</p>
      <ul>
        {(dossier.supplementItems ?? []).map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void send({
            variables: {
              code: dossier.code,
              input: { attachmentIds: files.map((f) => f.id), note: note || null },
            },
          })
            .then(onDone)
            .catch(() => {});
        }}
      >
        <FileField
          label={t('supplementFiles')}
          target={{ code: dossier.code }}
          files={files}
          onChange={setFiles}
        />
        <div className="field">
          <label htmlFor="supplement-note">{t('supplementNote')}</label>
          <textarea
            id="supplement-note"
            rows={3}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <ErrorNotice error={error} />
        <button type="submit" disabled={loading}>
          {t('supplementSend')}
        </button>
      </form>
    </section>
  );
}

function PayPanel({ dossier }: { dossier: Dossier }) {
  const { t, format } = useI18n();
  const [pay, { error, loading }] = useMutation(PayOnline);
  return (
    <section className="panel" aria-labelledby="pay-title">
      <h2 id="pay-title">{t('payTitle')}</h2>
      <p>{t('payAmount', { amount: format.money(dossier.paymentAmountVnd ?? dossier.feeVnd) })}</p>
      <ErrorNotice error={error} />
      <button
        type="button"
        disabled={loading}
        onClick={() =>
          void pay({
            variables: {
              code: dossier.code,
              input: {
                returnUrl: `${window.location.origin}/ho-so/${encodeURIComponent(dossier.code)}/thanh-toan`,
              },
            },
          })
            .then(({ data }) => {
              if (data) window.location.assign(data.payOnline.redirectUrl);
            })
            .catch(() => {})
        }
      >
        {t('payOnline')}
      </button>
    </section>
  );
}

function RatePanel({ code }: { code: string }) {
  const { t } = useI18n();
  const [rating, setRating] = useState<SatisfactionLevel>('SATISFIED');
  const [comment, setComment] = useState('');
  const [rate, { data, error, loading }] = useMutation(Rate);
  if (data)
    return (
      <p className="notice success" role="status">
        {t('rateThanks', { rating: t(`rate${data.rateDossier.rating}`) })}
      </p>
    );
  return (
    <section className="panel">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void rate({ variables: { code, rating, comment: comment || null } }).catch(() => {});
        }}
      >
        <fieldset>
          <legend>{t('rateTitle')}</legend>
          {LEVELS.map((level) => (
            <div className="radio" key={level}>
              <input
                id={`rate-${level}`}
                type="radio"
                name="rating"
                checked={rating === level}
                onChange={() => setRating(level)}
              />
              <label htmlFor={`rate-${level}`}>{t(`rate${level}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="rate-comment">{t('rateComment')}</label>
          <textarea
            id="rate-comment"
            rows={2}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        </div>
        <ErrorNotice error={error} />
        <button type="submit" disabled={loading}>
          {t('rateSend')}
        </button>
      </form>
    </section>
  );
}

/** `paymentReturn`: the payment platform sent the payer back here (its own query string follows). */
export default function DossierPage({
  code,
  paymentReturn = false,
}: {
  code: string;
  paymentReturn?: boolean;
}) {
  const { t, format } = useI18n();
  const { status } = useAuth();
  const params = new URLSearchParams(useSearch());
  const [supplemented, setSupplemented] = useState(false);
  const { data, error, loading, refetch } = useQuery(DossierQuery, {
    variables: { code },
    skip: status !== 'signedIn',
    fetchPolicy: 'cache-and-network',
  });
  if (status !== 'signedIn') return <SignInFirst title={code} />;
  const dossier = data?.dossier;
  if (loading && !data) return <p role="status">{t('loading')}</p>;
  if (!dossier)
    return (
      <>
        <ErrorNotice error={error} />
        <h1 tabIndex={-1}>{t('notFound')}</h1>
      </>
    );
  const lastPayment = dossier.payments.at(-1);
  const receipt = dossier.documents.find((document) => document.kind === 'MAU_01');
  return (
    <article>
      <ErrorNotice error={error} />
      {params.get('moi') === '1' && (
        <section className="panel confirmation" aria-labelledby="confirmation-title">
          <h2 id="confirmation-title">{t('confirmationTitle')}</h2>
          <p>
            {t('confirmationCode')}: <strong className="code">{dossier.code}</strong>
          </p>
          {dossier.trackingPin && (
            <p>
              {t('trackingPin')}: <strong>{dossier.trackingPin}</strong>
            </p>
          )}
          <p>{t('confirmationNext')}</p>
          {receipt && (
            <p>
              <a href={receipt.url} className="button secondary">
                {t('receipt')} (PDF)
              </a>
            </p>
          )}
        </section>
      )}
      <p className="meta">{dossier.code}</p>
      <h1 tabIndex={-1}>{dossier.procedureName}</h1>
      <dl className="facts">
        <dt>{t('status')}</dt>
        <dd>
          <span className={`status ${dossier.status}`}>{t(`status${dossier.status}`)}</span>
        </dd>
        <dt>{t('unit')}</dt>
        <dd>{dossier.unit?.name ?? '—'}</dd>
        <dt>{t('submittedAt')}</dt>
        <dd>{format.dateTime(dossier.submittedAt)}</dd>
        <dt>{t('appointment')}</dt>
        <dd>{format.dateTime(dossier.appointmentDate)}</dd>
        <dt>{t('returnChannel')}</dt>
        <dd>{t(`return${dossier.returnChannel}`)}</dd>
      </dl>
      {paymentReturn && lastPayment && (
        <p className={`notice ${lastPayment.status === 'SUCCEEDED' ? 'success' : 'warning'}`} role="status">
          {lastPayment.status === 'SUCCEEDED'
            ? t('payResultSuccess')
            : lastPayment.status === 'PENDING'
              ? t('payResultPending')
              : t('payResultFailed', { reason: lastPayment.failureReason ?? '' })}
        </p>
      )}
      {supplemented && (
        <p className="notice success" role="status">
          {t('supplementSent')}
        </p>
      )}
      {dossier.status === 'SUPPLEMENT_REQUESTED' && (
        <>
          <h2>{t('nextStep')}</h2>
          <SupplementForm
            dossier={dossier}
            onDone={() => {
              setSupplemented(true);
              void refetch();
            }}
          />
        </>
      )}
      {dossier.status === 'PAYMENT_REQUESTED' && (
        <>
          <h2>{t('nextStep')}</h2>
          <PayPanel dossier={dossier} />
        </>
      )}
      {(dossier.documents.length > 0 || dossier.electronicResult || dossier.issuedDocuments.length > 0) && (
        <>
          <h2>{t('downloads')}</h2>
          <ul>
            {dossier.electronicResult && (
              <li>
                <a href={dossier.electronicResult.downloadUrl}>
                  {t('electronicResult')}: {dossier.electronicResult.fileName}
                </a>
              </li>
            )}
            {dossier.documents.map((document) => (
              <li key={document.kind}>
                <a href={document.url}>{document.title} (PDF)</a>
              </li>
            ))}
            {dossier.issuedDocuments.map((document) => (
              <li key={document.verificationCode}>
                <a href={document.url}>
                  {t(`kind${document.kind}`)} — {document.verificationCode} (PDF)
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {(dossier.status === 'PROCESSING_FINISHED' || dossier.status === 'RESULT_RETURNED') && (
        <RatePanel code={dossier.code} />
      )}
      <h2>{t('history')}</h2>
      <ol className="timeline">
        {dossier.history.map((step) => (
          <li key={`${step.at}-${step.action}`}>
            <strong>{t(`action${step.action}`)}</strong> — {format.dateTime(step.at)}
            {step.note && <p className="hint">{step.note}</p>}
          </li>
        ))}
      </ol>
      {dossier.payments.length > 0 && (
        <>
          <h2>{t('payments')}</h2>
          <ul>
            {dossier.payments.map((payment) => (
              <li key={payment.reference}>
                {payment.reference}: {format.money(payment.amountVnd)} — {t(`payment${payment.status}`)}
                {payment.settledAt && ` (${format.dateTime(payment.settledAt)})`}
              </li>
            ))}
          </ul>
        </>
      )}
      {dossier.notifications && dossier.notifications.length > 0 && (
        <>
          <h2>{t('messages')}</h2>
          <ul>
            {dossier.notifications.map((message) => (
              <li key={message.id}>
                {format.dateTime(message.queuedAt)} · {message.channel} · {message.recipientMasked} ·{' '}
                {t(`delivery${message.status}`)}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
