from odoo import SUPERUSER_ID, _, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

VALUE_STATES = [('draft', 'À valider'), ('validated', 'Validée')]
# what the audit service writes when it validates: allowed on locked values
VALIDATION_FIELDS = {'state', 'validated_by_id', 'validated_date'}
# what the ORM keeps in step by itself
SYNC_FIELDS = {'unit_id', 'period_id'}


class CcisIndicatorValue(models.Model):
    """A realised value of an indicator: entered by the unit with a comment and its evidence,
    or computed from the records of another addon. The audit service validates it; a validated
    value can then only be changed by the direction. Every change is tracked."""

    _name = 'ccis.indicator.value'
    _description = "Valeur réalisée d'un indicateur"
    _inherit = ['ccis.indicator.line.mixin', 'mail.thread']
    _order = 'date desc, id desc'

    date = fields.Date(string='Date', required=True, index=True,
                       default=fields.Date.context_today, track_visibility='onchange')
    value = fields.Float(string='Valeur', required=True, track_visibility='onchange')
    comment = fields.Text(string='Commentaire', track_visibility='onchange')
    evidence = fields.Binary(string='Justificatif', attachment=True)
    evidence_filename = fields.Char(string='Nom du justificatif', track_visibility='onchange')
    source = fields.Selection([('manual', 'Saisie'), ('computed', 'Calculée')],
                              string='Origine', required=True, default='manual')
    state = fields.Selection(VALUE_STATES, string='État', required=True, default='draft',
                             index=True, track_visibility='onchange', copy=False)
    validated_by_id = fields.Many2one('res.users', string='Validée par', readonly=True,
                                      copy=False, track_visibility='onchange')
    validated_date = fields.Datetime(string='Validée le', readonly=True, copy=False)
    period_id = fields.Many2one('ccis.indicator.period', string='Période', index=True,
                                ondelete='set null', readonly=True)
    uom = fields.Char(related='line_id.definition_id.uom', readonly=True,
                      string='Unité de mesure')

    @api.constrains('date', 'line_id')
    def _check_date(self):
        for value in self.sudo():
            programme = value.line_id.programme_id
            if not programme.date_start <= value.date <= programme.date_end:
                raise ValidationError(_(
                    "Valeur de « %s » : la date %s est hors de l'année %s du programme.")
                    % (value.line_id.display_name, value.date, programme.year))

    @api.model
    def create(self, vals):
        line = self.env['ccis.indicator.line'].browse(vals.get('line_id'))
        if line:
            vals['unit_id'] = line.unit_id.id
        if vals.get('state') == 'validated':
            self._check_can_validate()
        value = super(CcisIndicatorValue, self).create(vals)
        value._assign_period()
        return value

    @api.multi
    def write(self, vals):
        if not self.env.context.get('ccis_value_sync'):
            self._check_write(vals)
        res = super(CcisIndicatorValue, self).write(vals)
        if 'date' in vals or 'line_id' in vals:
            self._assign_period()
        return res

    @api.multi
    def unlink(self):
        locked = self.filtered(lambda value: value.state == 'validated')
        if locked and not self._is_direction():
            raise UserError(_(
                "Valeur du %s de « %s » : validée par l'audit, seule la direction peut la "
                "supprimer.") % (locked[0].date, locked[0].line_id.display_name))
        return super(CcisIndicatorValue, self).unlink()

    def _is_direction(self):
        return self.env.user.has_group('ccis_base.group_ccis_direction')

    def _check_can_validate(self):
        user = self.env.user
        if not (user.has_group('ccis_base.group_ccis_audit') or self._is_direction()):
            raise AccessError(_("Seul le service audit et contrôle de gestion (ou la "
                                "direction) peut valider les valeurs réalisées."))

    def _check_write(self, vals):
        """The validation lock: the state is the audit's; a validated value can only be
        changed by the direction; the audit itself only validates outside its own units."""
        if self.env.uid == SUPERUSER_ID:
            return
        fields_written = set(vals) - SYNC_FIELDS
        if fields_written & {'state', 'validated_by_id', 'validated_date'}:
            self._check_can_validate()
        content = fields_written - VALIDATION_FIELDS
        if not content:
            return
        if not self._is_direction():
            for value in self:
                if value.state == 'validated':
                    raise UserError(_(
                        "Valeur du %s de « %s » : validée par l'audit, seule la direction peut "
                        "la modifier.") % (value.date, value.line_id.display_name))
            foreign = self.filtered(
                lambda value: value.unit_id and value.unit_id not in self.env.user.ccis_unit_ids)
            if foreign and self.env.user.has_group('ccis_base.group_ccis_audit') \
                    and not self.env.user.has_group('ccis_base.group_ccis_annex_director'):
                raise AccessError(_(
                    "Valeur du %s de « %s » : le service audit valide les valeurs des autres "
                    "unités mais ne les modifie pas.") % (
                    foreign[0].date, foreign[0].line_id.display_name))

    def _assign_period(self):  # pylint: disable=missing-return
        # (super() here is the plain write, bypassing this model's lock: nothing overridden)
        """Attach each value to the period of its indicator that contains its date."""
        for value in self:
            period = value.line_id.period_ids.filtered(
                lambda p: p.date_start <= value.date <= p.date_end)[:1]
            if value.period_id != period:
                super(CcisIndicatorValue, value.with_context(ccis_value_sync=True)).write(
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
    def action_reset_draft(self):
        if not self._is_direction():
            raise UserError(_("Seule la direction peut remettre à valider une valeur validée "
                              "par l'audit."))
        self.filtered(lambda value: value.state == 'validated').write({
            'state': 'draft', 'validated_by_id': False, 'validated_date': False})
        return True

    @api.multi
    def name_get(self):
        return [(value.id, '%s — %s : %s' % (value.line_id.display_name, value.date,
                                             value.value)) for value in self]
