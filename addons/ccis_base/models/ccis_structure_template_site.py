from odoo import fields, models


class CcisStructureTemplateSite(models.Model):
    _name = 'ccis.structure.template.site'
    _description = 'Site du modèle de structure'
    _order = 'template_id, sequence, id'

    template_id = fields.Many2one(
        'ccis.structure.template', string='Modèle', required=True, index=True,
        ondelete='cascade')
    sequence = fields.Integer(string='Séquence', default=10)
    code = fields.Char(string='Code', required=True,
                       help='Code du site créé ; un site de même code dans la chambre est '
                            'réutilisé.')
    name = fields.Char(string='Nom', required=True)
    name_ar = fields.Char(string='Nom (arabe)')
    kind = fields.Selection(
        [('head_office', 'Siège régional'), ('annex', 'Annexe')],
        string='Type', required=True, default='annex')
    province_ids = fields.Many2many(
        'ccis.province', 'ccis_structure_template_site_province_rel', 'site_id',
        'province_id', string='Compétence territoriale')

    _sql_constraints = [
        ('code_template_uniq', 'unique(template_id, code)',
         'Le code du site doit être unique dans le modèle.'),
    ]
