import datetime

from dateutil.relativedelta import relativedelta

from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

PARAM_ALERT_DAYS = 'ccis_member.document_alert_days'
DEFAULT_ALERT_DAYS = 30


class CcisMemberDocument(models.Model):
    _name = 'ccis.member.document'
    _description = 'Legal Record Document'
    _order = 'expiry_date, id'

    partner_id = fields.Many2one(
        'res.partner', string='Member', required=True, index=True, ondelete='cascade',
        domain=[('ccis_is_member', '=', True)])
    type_id = fields.Many2one(
        'ccis.member.document.type', string='Document Type', required=True, index=True,
        ondelete='restrict')
    name = fields.Char(string='Title', required=True)
    reference = fields.Char(string='Reference')
    file = fields.Binary(string='File', attachment=True)
    file_name = fields.Char(string='File Name')
    issue_date = fields.Date(string='Date of Issue')
    expiry_date = fields.Date(string='Expiration Date', index=True)
    state = fields.Selection(
        [('valid', 'Valid'),
         ('expiring', 'Expiring Soon'),
         ('expired', 'Expired'),
         ('permanent', 'No Expiry')],
        string='State', compute='_compute_state', store=True, index=True,
        help='Recomputed every day by the scheduled expiry alert job.')
    alert_date = fields.Date(
        string='Alert Sent On', readonly=True, copy=False,
        help='Date of the alert activity created before expiry.')
    site_id = fields.Many2one(
        related='partner_id.ccis_site_id', string='Site', store=True, readonly=True, index=True)
    notes = fields.Text(string='Observations')

    @api.model
    def _alert_days(self):
        # a setting every user's actions depend on (ir.config_parameter is admin-only)
        value = self.env['ir.config_parameter'].sudo().get_param(
            PARAM_ALERT_DAYS, DEFAULT_ALERT_DAYS)
        try:
            return int(value)
        except (TypeError, ValueError):
            return DEFAULT_ALERT_DAYS

    @api.depends('expiry_date')
    def _compute_state(self):
        today = fields.Date.from_string(fields.Date.context_today(self))
        limit = today + datetime.timedelta(days=self._alert_days())
        for doc in self:
            if not doc.expiry_date:
                doc.state = 'permanent'
                continue
            expiry = fields.Date.from_string(doc.expiry_date)
            if expiry < today:
                doc.state = 'expired'
            elif expiry <= limit:
                doc.state = 'expiring'
            else:
                doc.state = 'valid'

    @api.constrains('issue_date', 'expiry_date')
    def _check_dates(self):
        for doc in self:
            if doc.issue_date and doc.expiry_date and doc.expiry_date < doc.issue_date:
                raise ValidationError(_(
                    'Member "%s": the expiry date of document '
                    '"%s" is earlier than its issue date.') % (doc.partner_id.name, doc.name))

    @api.onchange('type_id', 'issue_date')
    def _onchange_type_id(self):
        if self.type_id and not self.name:
            self.name = self.type_id.name
        if self.type_id.validity_months and self.issue_date and not self.expiry_date:
            self.expiry_date = fields.Date.to_string(
                fields.Date.from_string(self.issue_date)
                + relativedelta(months=self.type_id.validity_months))

    @api.model
    def create(self, vals):
        doc = super().create(vals)
        doc.partner_id._ccis_touch_activity()
        return doc

    @api.multi
    def write(self, vals):
        if 'expiry_date' in vals:
            vals.setdefault('alert_date', False)
        return super().write(vals)

    @api.model
    def _cron_check_expiry(self):
        """Refresh states and schedule an activity on the member for each document that
        expires within the alert period and has not been alerted yet."""
        today = fields.Date.context_today(self)
        limit = fields.Date.to_string(
            fields.Date.from_string(today) + datetime.timedelta(days=self._alert_days()))
        stale = self.search([
            ('expiry_date', '!=', False),
            '|', ('state', 'in', ('valid', 'permanent')),
            '&', ('state', '=', 'expiring'), ('expiry_date', '<', today)])
        stale._compute_state()
        to_alert = self.search([
            ('expiry_date', '!=', False), ('expiry_date', '<=', limit),
            ('alert_date', '=', False), ('partner_id.ccis_state', '!=', 'struck_off')])
        # the activity is on the member's file, one per document
        for doc in to_alert:
            self.env['mail.activity']._ccis_schedule_todos(
                doc.partner_id, lambda partner, text=_('Document to renew: %s'): text % doc.name,
                note=lambda partner, text=_('Document "%s" of member "%s" '
                                            'expires on %s.'): text % (doc.name, partner.name, doc.expiry_date),
                user=lambda partner: partner._ccis_responsible_user(),
                deadline=lambda partner: min(doc.expiry_date, limit))
        to_alert.write({'alert_date': today})
        return to_alert
