import { Link } from '@tanstack/react-router';
import { ExportMenu, type Provenance } from '../../components/export-menu';
import { SampleTag } from '../../components/sample-tag';
import type { ProjectSummary } from '../../domain/project-contract';
import { INDUSTRY_LABELS } from '../../i18n/labels';
import { pick, useLocale, useT } from '../../i18n/use-t';
import { projectTableModel } from './ledger-export';
import { investmentText, parkName, stageDate, stageName } from './project-text';

/** The ledger's projects: name (to its page), industry, park, investment, stage with its date, owner. */
export function ProjectTable({
  items,
  period,
  provenance,
  fileName,
}: {
  items: readonly ProjectSummary[];
  period: string;
  /** What the exported table says about its numbers. */
  provenance: Provenance;
  fileName: string;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <div className="export-tools">
        <ExportMenu
          kind="table"
          model={() => projectTableModel(items, provenance, t, locale)}
          fileName={fileName}
          label={provenance.title}
        />
      </div>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">{t('projects.list')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('projects.col.name')}</th>
              <th scope="col">{t('projects.col.industry')}</th>
              <th scope="col">{t('projects.col.park')}</th>
              <th scope="col">{t('projects.col.investment')}</th>
              <th scope="col">{t('projects.col.stage')}</th>
              <th scope="col">{t('projects.col.owner')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map(({ project, stage }) => (
              <tr key={project.id}>
                <th scope="row">
                  <Link to="/projects/$id" params={{ id: project.id }} search={{ period }}>
                    {pick(project.name, locale)}
                  </Link>
                  {project.sample ? <SampleTag /> : null}
                </th>
                <td>{pick(INDUSTRY_LABELS[project.industry], locale)}</td>
                <td>{parkName(project.park, locale)}</td>
                <td className="num">{investmentText(project.investment, locale)}</td>
                <td>
                  {stage === null
                    ? t('projects.notSigned')
                    : t('projects.stageOn', {
                        stage: stageName(stage, locale),
                        date: stageDate(project, stage, locale) ?? '—',
                      })}
                </td>
                <td>
                  {project.owner.unit} / {project.owner.person}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
