from odoo import _, api, models

from ..tools import chart, kpi

COLOUR_CLASSES = {
    'success': 'ccis-rate-success',
    'warning': 'ccis-rate-warning',
    'danger': 'ccis-rate-danger',
    'none': 'ccis-rate-none',
}
TARGET_COLOUR = '#9DC3E6'
REALISED_COLOUR = '#1F4E79'
PREVIOUS_COLOUR = '#A5A5A5'


def review_charts(review, labels):
    """The SVG charts of a review (see tools/chart.py): {'summary': actions planned and done
    per axis (and done last year), 'axes': {axis id: target, realised and last year's
    realised of each indicator, each on its own scale}, 'sites': the same per site}; the
    series are named by ``labels`` (the report's ``_ccis_series_labels``)."""
    compare = review['compare']
    series = [(labels['planned'], TARGET_COLOUR), (labels['done'], REALISED_COLOUR)]
    if compare:
        series.append((labels['done_prev'], PREVIOUS_COLOUR))
    summary_rows = [('%s. %s' % (axis['code'], axis['name']),
                     [axis['planned'], axis['done']]
                     + ([(axis['prev'] or {}).get('done')] if compare else []))
                    for axis in review['axes']]
    indicator_series = [(labels['target'], TARGET_COLOUR), (labels['realised'], REALISED_COLOUR)]
    if compare:
        indicator_series.append((labels['realised_prev'], PREVIOUS_COLOUR))

    def indicator_chart(indicators):
        rows = [('%s (%s)' % (entry['name'], entry['uom']),
                 [entry['target'], entry['realised']]
                 + ([entry['prev_realised']] if compare else []))
                for entry in indicators]
        return chart.bar_chart(rows, indicator_series, per_row_scale=True)

    return {
        'summary': chart.bar_chart(summary_rows, series),
        'axes': {axis['id']: indicator_chart(axis['indicators']) for axis in review['axes']},
        'sites': chart.bar_chart(
            [(site['name'], [site['planned'], site['done']]
              + ([(site['prev'] or {}).get('done')] if compare else []))
             for site in review['sites']], series),
    }


class ReportCcisActivityReview(models.AbstractModel):
    _name = 'report.ccis_activity.report_activity_review'
    _description = 'Action Programme Review (PDF)'

    @api.model
    def get_report_values(self, docids, data=None):
        wizards = self.env['ccis.activity.review.wizard'].browse(docids)
        reviews = {wizard.id: wizard._get_review_data() for wizard in wizards}
        labels = self._ccis_series_labels()
        charts = {wizard_id: review_charts(review, labels)
                  for wizard_id, review in reviews.items()}

        def rate_class(rate, review):
            warning, success = review['thresholds']
            return COLOUR_CLASSES[kpi.rate_colour(rate, warning, success)]

        return {
            'doc_ids': docids,
            'doc_model': 'ccis.activity.review.wizard',
            'docs': wizards,
            'reviews': reviews,
            'charts': charts,
            'fmt': kpi.format_figure,
            'rate_class': rate_class,
        }

    def _ccis_series_labels(self):
        """The names of the charts' series in the user's language."""
        return {
            'planned': _('Planned Actions'), 'done': _('Completed Actions'),
            'done_prev': _('Completed Y-1'), 'target': _('Target'), 'realised': _('Actual'),
            'realised_prev': _('Actual Y-1'),
        }
