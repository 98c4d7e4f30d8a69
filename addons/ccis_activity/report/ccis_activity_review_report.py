from odoo import api, models

from ..tools import kpi

COLOUR_CLASSES = {
    'success': 'ccis-rate-success',
    'warning': 'ccis-rate-warning',
    'danger': 'ccis-rate-danger',
    'none': 'ccis-rate-none',
}


class ReportCcisActivityReview(models.AbstractModel):
    _name = 'report.ccis_activity.report_activity_review'
    _description = "Bilan du programme d'action (PDF)"

    @api.model
    def get_report_values(self, docids, data=None):
        wizards = self.env['ccis.activity.review.wizard'].browse(docids)
        reviews = {wizard.id: wizard._get_review_data() for wizard in wizards}

        def rate_class(rate, review):
            warning, success = review['thresholds']
            return COLOUR_CLASSES[kpi.rate_colour(rate, warning, success)]

        return {
            'doc_ids': docids,
            'doc_model': 'ccis.activity.review.wizard',
            'docs': wizards,
            'reviews': reviews,
            'fmt': kpi.format_figure,
            'rate_class': rate_class,
        }
