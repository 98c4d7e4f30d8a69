from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from .hr_department import UNIT_KINDS


class CcisStructureTemplateLine(models.Model):
    _name = 'ccis.structure.template.line'
    _description = 'Unité du modèle de structure'
    _order = 'template_id, sequence, id'
    _parent_name = 'parent_id'

    template_id = fields.Many2one(
        'ccis.structure.template', string='Modèle', required=True, index=True,
        ondelete='cascade')
    sequence = fields.Integer(string='Séquence', default=10)
    code = fields.Char(string='Code', required=True,
                       help="Code de l'unité créée ; une unité de même code dans la chambre "
                            "est réutilisée.")
    name = fields.Char(string='Nom', required=True)
    ccis_kind = fields.Selection(UNIT_KINDS, string="Type d'unité", required=True)
    site_tmpl_id = fields.Many2one(
        'ccis.structure.template.site', string='Site', required=True, ondelete='cascade',
        domain="[('template_id', '=', template_id)]")
    parent_id = fields.Many2one(
        'ccis.structure.template.line', string='Unité parente', ondelete='cascade',
        domain="[('template_id', '=', template_id)]")
    mission_ids = fields.One2many(
        'ccis.structure.template.mission', 'line_id', string='Missions', copy=True)

    _sql_constraints = [
        ('code_template_uniq', 'unique(template_id, code)',
         "Le code de l'unité doit être unique dans le modèle."),
    ]

    @api.constrains('parent_id')
    def _check_parent_id(self):
        if not self._check_recursion():
            raise ValidationError(_(
                "Modèle de structure : la hiérarchie des unités ne peut pas boucler."))
