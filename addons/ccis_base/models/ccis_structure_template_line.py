from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from .hr_department import UNIT_KINDS


class CcisStructureTemplateLine(models.Model):
    _name = 'ccis.structure.template.line'
    _description = 'Structure Template Unit'
    _order = 'template_id, sequence, id'
    _parent_name = 'parent_id'

    template_id = fields.Many2one(
        'ccis.structure.template', string='Model', required=True, index=True,
        ondelete='cascade')
    sequence = fields.Integer(string='Sequence', default=10)
    code = fields.Char(string='Code', required=True,
                       help='Code of the created unit; a unit with the same code in the chamber is reused.')
    name = fields.Char(string='Name', required=True)
    ccis_kind = fields.Selection(UNIT_KINDS, string='Unit Type', required=True)
    site_tmpl_id = fields.Many2one(
        'ccis.structure.template.site', string='Site', required=True, ondelete='cascade',
        domain="[('template_id', '=', template_id)]")
    parent_id = fields.Many2one(
        'ccis.structure.template.line', string='Parent Unit', ondelete='cascade',
        domain="[('template_id', '=', template_id)]")
    mission_ids = fields.One2many(
        'ccis.structure.template.mission', 'line_id', string='Missions', copy=True)

    _sql_constraints = [
        ('code_template_uniq', 'unique(template_id, code)',
         'The unit code must be unique within the template.'),
    ]

    @api.constrains('parent_id')
    def _check_parent_id(self):
        if not self._check_recursion():
            raise ValidationError(_(
                'Structure template: the unit hierarchy cannot loop.'))
