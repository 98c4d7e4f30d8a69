from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from .structure_rules import ANNEX_DIRECTION_SITE, PARENT_SITE, unit_site_error

UNIT_KINDS = [
    ('presidency', 'Presidency'),
    ('direction', 'Regional Directorate'),
    ('department', 'Department'),
    ('service', 'Service'),
    ('sub_service', 'Sub-service'),
    ('annex_direction', 'Annex Directorate'),
]

# fields whose change alters who sees what through the record rules
RULE_FIELDS = ('parent_id', 'site_id', 'manager_id', 'active', 'company_id')


class HrDepartment(models.Model):
    """The chamber's organisational units (presidency, direction, departments, services...).

    Site rule: a unit belongs to the site of its parent unit. The only unit that may sit on
    another site than its parent is an annex direction: it reports to a unit of the head
    office (usually the regional direction) but belongs to its annex, and every unit below
    it then belongs to that annex.
    """
    _inherit = 'hr.department'

    sequence = fields.Integer(string='Sequence', default=10)
    ccis_kind = fields.Selection(
        UNIT_KINDS, string='Unit Type', index=True, track_visibility='onchange')
    code = fields.Char(string='Code', index=True, copy=False, track_visibility='onchange')
    site_id = fields.Many2one(
        'ccis.site', string='Site', index=True, ondelete='restrict',
        track_visibility='onchange')
    ccis_chamber_id = fields.Many2one(
        'ccis.chamber', string='Chamber', related='site_id.chamber_id', store=True,
        index=True, readonly=True)
    site_kind = fields.Selection(
        related='site_id.kind', string='Site Type', readonly=True)
    mission_ids = fields.One2many('ccis.unit.mission', 'unit_id', string='Missions')
    mission_count = fields.Integer(string='Number of Missions', compute='_compute_mission_count')
    analytic_account_id = fields.Many2one(
        'account.analytic.account', string='Analytic Account', copy=False,
        ondelete='restrict',
        help='Analytic account of the unit, to which purchases, expenses, invoices and budgets are charged.')

    _sql_constraints = [
        ('ccis_code_chamber_uniq', 'unique(ccis_chamber_id, code)',
         'The unit code must be unique within the chamber.'),
    ]

    @api.depends('mission_ids')
    def _compute_mission_count(self):
        for unit in self:
            unit.mission_count = len(unit.mission_ids)

    @api.constrains('parent_id')
    def _check_parent_id(self):
        for unit in self:
            if not unit._check_recursion():
                raise ValidationError(_(
                    'Unit "%s": parent unit "%s" is itself attached to this unit; a hierarchy cannot loop.')
                    % (unit.name, unit.parent_id.name))

    @api.constrains('site_id', 'parent_id', 'ccis_kind')
    def _check_site_id(self):
        for unit in self:
            parent = unit.parent_id
            error = unit_site_error(unit.ccis_kind, unit.site_id, unit.site_id.kind,
                                    parent.site_id)
            if error == ANNEX_DIRECTION_SITE:
                raise ValidationError(_(
                    'Unit "%s": an annex directorate must belong '
                    'to a site of type annex, not to "%s".') % (unit.name, unit.site_id.name))
            if error == PARENT_SITE:
                raise ValidationError(_(
                    'Unit "%s": the site must be that of parent unit "%s" ("%s"), not "%s". Only an annex '
                    'directorate can report to a unit of another site.')
                    % (unit.name, parent.name, parent.site_id.name,
                       unit.site_id.name or _('none')))
            if (unit.site_id and parent.site_id
                    and parent.site_id.chamber_id != unit.site_id.chamber_id):
                raise ValidationError(_(
                    'Unit "%s": parent unit "%s" belongs to another chamber.')
                    % (unit.name, parent.name))

    @api.constrains('code', 'site_id')
    def _check_code(self):
        for unit in self.filtered('code'):
            duplicate = self.search([
                ('id', '!=', unit.id), ('code', '=', unit.code),
                ('ccis_chamber_id', '=', unit.ccis_chamber_id.id),
                ('company_id', '=', unit.company_id.id),
            ], limit=1)
            if duplicate:
                raise ValidationError(_(
                    'Unit "%s": code "%s" is already used by unit "%s".')
                    % (unit.name, unit.code, duplicate.name))

    @api.onchange('parent_id')
    def _onchange_parent_id_site(self):
        if self.parent_id.site_id and self.ccis_kind != 'annex_direction':
            self.site_id = self.parent_id.site_id

    @api.model
    def create(self, vals):
        if not vals.get('site_id') and vals.get('parent_id') \
                and vals.get('ccis_kind') != 'annex_direction':
            parent = self.browse(vals['parent_id'])
            if parent.site_id:
                vals['site_id'] = parent.site_id.id
        unit = super(HrDepartment, self).create(vals)
        if not unit.analytic_account_id and unit.company_id.ccis_unit_analytic_account \
                and not self.env.context.get('ccis_no_analytic'):
            unit._create_analytic_account()
        self.env['res.users']._ccis_clear_caches()
        return unit

    @api.multi
    def write(self, vals):
        res = super(HrDepartment, self).write(vals)
        if 'site_id' in vals:
            for unit in self:
                children = unit.child_ids.filtered(
                    lambda c: c.ccis_kind != 'annex_direction' and c.site_id != unit.site_id)
                if children:
                    children.write({'site_id': unit.site_id.id})
        if {'name', 'code', 'site_id', 'company_id'} & set(vals):
            self.filtered('analytic_account_id')._sync_analytic_account()
        if set(RULE_FIELDS) & set(vals):
            self.env['res.users']._ccis_clear_caches()
        return res

    @api.multi
    def unlink(self):
        res = super(HrDepartment, self).unlink()
        self.env['res.users']._ccis_clear_caches()
        return res

    def _analytic_account_values(self):
        self.ensure_one()
        name = self.name
        if self.site_id and self.site_id.kind == 'annex':
            name = '%s (%s)' % (self.name, self.site_id.name)
        return {
            'name': name,
            'code': self.code or False,
            'company_id': self.company_id.id,
        }

    @api.multi
    def _create_analytic_account(self):
        # unit staff have no rights on analytic accounts: the unit's own account is created
        # as superuser, for units the user may modify (checked by create/write or by
        # action_create_analytic_account)
        Analytic = self.env['account.analytic.account'].sudo()
        for unit in self:
            account = Analytic.create(unit._analytic_account_values())
            unit.sudo().write({'analytic_account_id': account.id})

    @api.multi
    def _sync_analytic_account(self):
        for unit in self:
            unit.analytic_account_id.sudo().write(unit._analytic_account_values())

    @api.multi
    def action_create_analytic_account(self):
        self.check_access_rights('write')
        self.check_access_rule('write')
        self.filtered(lambda u: not u.analytic_account_id)._create_analytic_account()
        return True
