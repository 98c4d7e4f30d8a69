from odoo import SUPERUSER_ID, _, api, fields, models
from odoo.exceptions import AccessError, ValidationError

from odoo.addons.ccis_base.models.ccis_lock_mixin import LOCK_BYPASS

# (the context value of the suite's own writes, that skip the checks of validation rights)
from .ccis_indicator_line import VALUE_SYNC

VALUE_STATES = [('draft', 'To Validate'), ('validated', 'Validated')]
# what the audit service writes when it validates: allowed on locked values
VALIDATION_FIELDS = {'state', 'validated_by_id', 'validated_date'}
# what the ORM keeps in step by itself
SYNC_FIELDS = {'unit_id', 'period_id'}
# what a value's figure is made of (see _sync_figure)
FIGURE_FIELDS = {'value', 'numerator', 'denominator', 'line_id'}


class CcisIndicatorValue(models.Model):
    """A realised value of an indicator: entered by the unit with a comment and its evidence,
    or computed from the records of another addon. The audit service validates it; a validated
    value is then locked (ccis.lock.mixin), for everyone, until the direction reopens it with a
    reason. Every change is tracked.

    A value carries what its aggregation needs (tools/indicator.py): a rate is typed as its
    numerator and denominator (the value is computed from them), an average or a delay with
    its number of observations (``denominator``, 1 when empty); a count, a sum or a stock is
    the value alone."""

    _name = 'ccis.indicator.value'
    _description = 'Indicator Actual Value'
    # the audit validates the values: it writes them all
    _ccis_unit_scope = {'paths': ['unit_id'], 'audit_writes': True}
    _inherit = ['ccis.indicator.line.mixin', 'ccis.indicator.figure.mixin', 'mail.thread',
                'ccis.lock.mixin']
    _order = 'date desc, id desc'
    _lock_states = ('validated',)
    _lock_free_fields = tuple(SYNC_FIELDS)
    _lock_reopen_values = {'state': 'draft', 'validated_by_id': False, 'validated_date': False}
    _figure_line_size = 'l.value_count'
    _figure_date_column = 'date'
    _figure_value_field = 'value'
    _figure_target_field = None

    date = fields.Date(string='Date', required=True, index=True,
                       default=fields.Date.context_today, track_visibility='onchange')
    value = fields.Float(string='Value', required=True, track_visibility='onchange',
                         help='A rate is entered as its numerator and denominator: its value is computed '
                              'from them.')
    numerator = fields.Float(
        string='Numerator', track_visibility='onchange',
        help='Rate: number of favourable cases (e.g. satisfied participants).')
    denominator = fields.Float(
        string='Denominator', track_visibility='onchange',
        help='Rate: number of observed cases (e.g. participants surveyed). Average or delay: number of '
             'observations whose value is the average (1 if empty), so that averages are weighted.')
    measure = fields.Selection(related='line_id.definition_id.measure', readonly=True,
                               string='Measure')
    comment = fields.Text(string='Comment', track_visibility='onchange')
    evidence = fields.Binary(string='Supporting Document', attachment=True)
    evidence_filename = fields.Char(string='Supporting Document Name', track_visibility='onchange')
    source = fields.Selection([('manual', 'Entered'), ('computed', 'Calculated')],
                              string='Origin', required=True, default='manual')
    state = fields.Selection(VALUE_STATES, string='State', required=True, default='draft',
                             index=True, track_visibility='onchange', copy=False)
    validated_by_id = fields.Many2one('res.users', string='Validated By', readonly=True,
                                      copy=False, track_visibility='onchange')
    validated_date = fields.Datetime(string='Validated On', readonly=True, copy=False)
    period_id = fields.Many2one('ccis.indicator.period', string='Period', index=True,
                                ondelete='set null', readonly=True)
    uom = fields.Char(related='line_id.definition_id.uom', readonly=True,
                      string='Unit of Measure')

    @api.constrains('date', 'line_id')
    def _check_date(self):
        for value in self.sudo():
            programme = value.line_id.programme_id
            if not programme.date_start <= value.date <= programme.date_end:
                raise ValidationError(_(
                    'Value of "%s": date %s is outside the programme year %s.')
                    % (value.line_id.display_name, value.date, programme.year))

    @api.constrains('numerator', 'denominator', 'line_id')
    def _check_figure(self):
        for value in self.sudo():
            if value.measure == 'ratio' and (value.numerator < 0 or value.denominator < 0):
                raise ValidationError(_(
                    'Value dated %s for "%s": the numerator and '
                    'denominator of a rate cannot be negative.') % (value.date, value.line_id.display_name))
            if value.measure in ('average', 'delay') and value.denominator < 0:
                raise ValidationError(_(
                    'Value dated %s for "%s": the number of '
                    'observations cannot be negative.') % (value.date, value.line_id.display_name))

    @api.onchange('numerator', 'denominator', 'value', 'line_id')
    def _onchange_figure(self):
        definition = self.line_id.definition_id
        if definition:
            self.update(self._figure_vals(definition, self.value, self.numerator,
                                          self.denominator))

    @api.model
    def _figure_vals(self, definition, value, numerator, denominator):
        """{value, numerator, denominator} of a value of ``definition`` as typed: the value of
        a rate from its numerator and denominator, the numerator of an average from its value
        and number of observations (1 when not given: a typed average counts once)."""
        if definition.measure in ('average', 'delay') and not denominator:
            denominator = 1.0
        figure = definition._figure(value, numerator, denominator)
        return definition._entry_values(figure)

    def _sync_figure(self):  # pylint: disable=missing-return
        # (super(): the write without this model's checks; the ORM's own bookkeeping, which
        # the lock of validated values lets through)
        for value in self.filtered(lambda value: value.source == 'manual'):
            vals = value._figure_vals(value.line_id.definition_id, value.value,
                                      value.numerator, value.denominator)
            changed = {name: amount for name, amount in vals.items()
                       if abs((value[name] or 0.0) - amount) > 1e-9}
            if changed:
                super(CcisIndicatorValue, value.with_context(
                    ccis_value_sync=VALUE_SYNC, ccis_lock=LOCK_BYPASS)).write(changed)

    @api.model
    def create(self, vals):
        line = self.env['ccis.indicator.line'].browse(vals.get('line_id'))
        if line:
            vals['unit_id'] = line.unit_id.id
        if vals.get('state') == 'validated':
            self._check_can_validate()
        value = super(CcisIndicatorValue, self).create(vals)
        value._sync_figure()
        value._assign_period()
        return value

    @api.multi
    def write(self, vals):
        sync = self.env.context.get('ccis_value_sync') is VALUE_SYNC
        if not sync:
            self._check_write(vals)
        res = super(CcisIndicatorValue, self).write(vals)
        if FIGURE_FIELDS & set(vals) and not sync:
            self._sync_figure()
        if 'date' in vals or 'line_id' in vals:
            self._assign_period()
        return res

    def _lock_error(self):
        return _(
            'Value dated %s for "%s": validated by the audit, it is locked; no one can modify or delete it, '
            'not even an administrator, unless the management reopens it with a reason.') % (
                self.date, self.line_id.display_name)

    def _is_direction(self):
        return self.env.user.has_group('ccis_base.group_ccis_direction')

    def _check_can_validate(self):
        user = self.env.user
        if not (user.has_group('ccis_base.group_ccis_audit') or self._is_direction()):
            raise AccessError(_('Only the internal audit and management control department (or the '
                                'management) can validate actual values.'))

    def _check_write(self, vals):
        """The validation rights: the state is the audit's; the audit itself only validates
        outside its own units (the lock of validated values: ccis.lock.mixin)."""
        if self.env.uid == SUPERUSER_ID:
            return
        fields_written = set(vals) - SYNC_FIELDS
        if fields_written & {'state', 'validated_by_id', 'validated_date'}:
            self._check_can_validate()
        content = fields_written - VALIDATION_FIELDS
        if not content:
            return
        if not self._is_direction():
            foreign = self.filtered(
                lambda value: value.unit_id and value.unit_id not in self.env.user.ccis_unit_ids)
            if foreign and self.env.user.has_group('ccis_base.group_ccis_audit') \
                    and not self.env.user.has_group('ccis_base.group_ccis_annex_director'):
                raise AccessError(_(
                    'Value dated %s for "%s": the audit department validates the values of other units but '
                    'does not modify them.') % (
                    foreign[0].date, foreign[0].line_id.display_name))

    def _assign_period(self):  # pylint: disable=missing-return
        # (super(): the write without this model's checks; the ORM's own bookkeeping, which
        # the lock of validated values lets through)
        """Attach each value to the period of its indicator that contains its date."""
        for value in self:
            period = value.line_id.period_ids.filtered(
                lambda p: p.date_start <= value.date <= p.date_end)[:1]
            if value.period_id != period:
                super(CcisIndicatorValue, value.with_context(
                    ccis_value_sync=VALUE_SYNC, ccis_lock=LOCK_BYPASS)).write(
                    {'period_id': period.id})

    @api.multi
    def action_validate(self):
        self._check_can_validate()
        to_validate = self.filtered(lambda value: value.state == 'draft')
        to_validate.write({
            'state': 'validated',
            'validated_by_id': self.env.uid,
            'validated_date': fields.Datetime.now(),
        })
        return True

    @api.multi
    def name_get(self):
        return [(value.id, '%s — %s : %s' % (value.line_id.display_name, value.date,
                                             round(value.value, 2))) for value in self]
