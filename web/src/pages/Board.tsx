import { useQuery } from '@apollo/client/react';
import { useLocation } from 'wouter';
import { graphql } from '../gql';
import type { BoardQuery } from '../gql/graphql';
import { useI18n } from '../i18n';
import { ErrorNotice } from '../lib/errors';
import { ScrollRegion } from '../lib/ScrollRegion';

const Board = graphql(`
  query Board($unitCode: ID!) {
    transparencyBoard(unitCode: $unitCode) {
      on
      total {
        ...BoardRow
      }
      units {
        ...BoardRow
      }
    }
    administrativeUnits {
      code
      name
      children {
        code
        name
      }
    }
  }
  fragment BoardRow on TransparencyRow {
    unit {
      code
      name
      level
    }
    month {
      ...Figures
    }
    year {
      ...Figures
    }
  }
  fragment Figures on PublicFigures {
    received
    resolvedEarly
    resolvedOnTime
    resolvedLate
    inProgress
    onlineRate
  }
`);

type Row = NonNullable<BoardQuery['transparencyBoard']>['units'][number];

/** The policy's online-share targets (the article's): 30% for a commune, 40% for a district or above. */
const targetOf = (level: string) => (level === 'COMMUNE' ? 0.3 : 0.4);

function Chart({ rows }: { rows: Row[] }) {
  const { t, format } = useI18n();
  const barHeight = 28;
  const labelWidth = 120;
  const width = 320;
  return (
    <figure className="chart">
      <figcaption>{t('boardChart')}</figcaption>
      <svg
        viewBox={`0 0 ${labelWidth + width + 60} ${rows.length * (barHeight + 8) + 8}`}
        role="img"
        aria-label={t('boardChart')}
        width="100%"
      >
        {rows.map((row, index) => {
          const y = index * (barHeight + 8) + 4;
          const rate = row.year.onlineRate ?? 0;
          const target = targetOf(row.unit.level);
          return (
            <g key={row.unit.code}>
              <text x={0} y={y + barHeight * 0.65} fontSize="13" fill="#1b1f24">
                {row.unit.name.length > 18 ? `${row.unit.name.slice(0, 17)}…` : row.unit.name}
              </text>
              <rect x={labelWidth} y={y} width={width} height={barHeight} fill="#e6e9ee" />
              <rect
                x={labelWidth}
                y={y}
                width={Math.min(rate, 1) * width}
                height={barHeight}
                fill={rate >= target ? '#1d6b34' : '#8a1c1c'}
              />
              <line
                x1={labelWidth + target * width}
                x2={labelWidth + target * width}
                y1={y - 2}
                y2={y + barHeight + 2}
                stroke="#1b1f24"
                strokeWidth="2"
                strokeDasharray="4 2"
              />
              <text x={labelWidth + width + 6} y={y + barHeight * 0.65} fontSize="13" fill="#1b1f24">
                {format.percent(row.year.onlineRate)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export default function BoardPage({ unit }: { unit: string }) {
  const { t, format } = useI18n();
  const [, navigate] = useLocation();
  const { data, error, loading } = useQuery(Board, { variables: { unitCode: unit } });
  const board = data?.transparencyBoard;
  const choices = (data?.administrativeUnits ?? []).flatMap((top) => [top, ...top.children]);
  const rows = board ? board.units : [];
  const cell = (figures: Row['year']) => (
    <>
      <td>{format.number(figures.received)}</td>
      <td>{format.number(figures.resolvedEarly + figures.resolvedOnTime)}</td>
      <td>{format.number(figures.resolvedLate)}</td>
      <td>{format.number(figures.inProgress)}</td>
      <td>{format.percent(figures.onlineRate)}</td>
    </>
  );
  return (
    <>
      <h1 tabIndex={-1}>{t('boardTitle')}</h1>
      <div className="field">
        <label htmlFor="board-unit">{t('boardUnit')}</label>
        <select
          id="board-unit"
          value={unit}
          onChange={(event) => navigate(`/cong-khai/${event.target.value}`)}
        >
          {!choices.some((choice) => choice.code === unit) && <option value={unit}>{unit}</option>}
          {choices.map((choice) => (
            <option key={choice.code} value={choice.code}>
              {choice.name}
            </option>
          ))}
        </select>
      </div>
      <ErrorNotice error={error} />
      {loading && !data && <p role="status">{t('loading')}</p>}
      {board && (
        <>
          <p>{t('boardLead', { unit: board.total.unit.name, date: format.date(board.on) })}</p>
          <p className="hint">
            {t('boardTarget', {
              target: `${format.percent(0.3)} (${t('levelCOMMUNE')}), ${format.percent(0.4)} (${t('levelDISTRICT')})`,
            })}
          </p>
          <Chart rows={rows} />
          <ScrollRegion label={t('boardYear')}>
            <table>
              <caption>{t('boardYear')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('unit')}</th>
                  <th scope="col">{t('boardReceived')}</th>
                  <th scope="col">{t('boardOnTime')}</th>
                  <th scope="col">{t('boardLate')}</th>
                  <th scope="col">{t('boardInProgress')}</th>
                  <th scope="col">{t('boardOnline')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.unit.code}>
                    <th scope="row">{row.unit.name}</th>
                    {cell(row.year)}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{board.total.unit.name}</th>
                  {cell(board.total.year)}
                </tr>
              </tfoot>
            </table>
          </ScrollRegion>
          <ScrollRegion label={t('boardMonth')}>
            <table>
              <caption>{t('boardMonth')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('unit')}</th>
                  <th scope="col">{t('boardReceived')}</th>
                  <th scope="col">{t('boardOnTime')}</th>
                  <th scope="col">{t('boardLate')}</th>
                  <th scope="col">{t('boardInProgress')}</th>
                  <th scope="col">{t('boardOnline')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.unit.code}>
                    <th scope="row">{row.unit.name}</th>
                    {cell(row.month)}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </>
  );
}
