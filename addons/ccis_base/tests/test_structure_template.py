from .common import CcisBaseCommon


class TestStructureTemplate(CcisBaseCommon):

    @classmethod
    def setUpClass(cls):
        super(TestStructureTemplate, cls).setUpClass()
        cls.tmpl_rsk = cls.env.ref('ccis_base.ccis_structure_template_ccis_rsk')
        cls.tmpl_art = cls.env.ref('ccis_base.ccis_structure_template_artisanat')
        cls.rsk_region = cls.env.ref('ccis_base.ccis_region_rabat_sale_kenitra')
        cls.new_chamber = cls.env['ccis.chamber'].create({
            'name': 'Nouvelle CCIS', 'kind': 'ccis', 'region_id': cls.rsk_region.id,
        })
        cls.art_chamber = cls.env['ccis.chamber'].create({
            'name': "Chambre d'artisanat test", 'kind': 'artisanat',
            'region_id': cls.env.ref('ccis_base.ccis_region_fes_meknes').id,
        })

    def _units(self, chamber):
        return self.Unit.search([('ccis_chamber_id', '=', chamber.id)])

    def _template_mission_count(self, template):
        return len(template.mapped('line_ids.mission_ids'))

    def test_rsk_template_is_the_seed_structure(self):
        kinds = self.tmpl_rsk.line_ids.mapped('ccis_kind')
        self.assertEqual(len(self.tmpl_rsk.site_ids), 3)
        self.assertEqual(kinds.count('department'), 5 + 2 * 2)
        self.assertEqual(kinds.count('annex_direction'), 2)
        annex_lines = self.tmpl_rsk.line_ids.filtered(
            lambda line: line.site_tmpl_id.kind == 'annex')
        self.assertEqual(len(annex_lines), 8, "deux annexes de quatre unités")

    def test_apply_rsk_creates_sites_units_missions(self):
        result = self.tmpl_rsk.apply_to_chamber(self.new_chamber)
        self.assertEqual(result, {
            'sites': 3,
            'units': len(self.tmpl_rsk.line_ids),
            'missions': self._template_mission_count(self.tmpl_rsk),
        })
        self.assertEqual(len(self._units(self.new_chamber)), len(self.tmpl_rsk.line_ids))

    def test_apply_rsk_builds_the_hierarchy_and_sites(self):
        self.tmpl_rsk.apply_to_chamber(self.new_chamber)
        units = {u.code: u for u in self._units(self.new_chamber)}
        self.assertEqual(units['KEN-DAP'].parent_id, units['KEN-DA'])
        self.assertEqual(units['KEN-DA'].parent_id, units['DR'])
        self.assertEqual(units['KEN-DAP'].site_id.code, 'KEN')
        self.assertEqual(units['KEN-DA'].site_id.kind, 'annex')
        self.assertEqual(units['DAP-FN'].parent_id, units['DAP'])
        self.assertEqual(units['DR'].site_id.kind, 'head_office')
        self.assertIn("Conduire les audits internes",
                      units['AUDIT'].mission_ids.mapped('name'))

    def test_apply_rsk_sets_territorial_competence(self):
        self.tmpl_rsk.apply_to_chamber(self.new_chamber)
        kenitra = self.new_chamber.site_ids.filtered(lambda s: s.code == 'KEN')
        self.assertEqual(kenitra.province_ids,
                         self.env.ref('ccis_base.ccis_province_kenitra'))

    def test_apply_twice_creates_nothing_twice(self):
        self.tmpl_rsk.apply_to_chamber(self.new_chamber)
        missions = self.Mission.search_count([('unit_id.ccis_chamber_id', '=',
                                               self.new_chamber.id)])
        result = self.tmpl_rsk.apply_to_chamber(self.new_chamber)
        self.assertEqual(result, {'sites': 0, 'units': 0, 'missions': 0})
        self.assertEqual(len(self._units(self.new_chamber)), len(self.tmpl_rsk.line_ids))
        self.assertEqual(len(self.new_chamber.site_ids), 3)
        self.assertEqual(self.Mission.search_count(
            [('unit_id.ccis_chamber_id', '=', self.new_chamber.id)]), missions)

    def test_apply_reuses_an_existing_unit_by_code(self):
        self.tmpl_rsk.apply_to_chamber(self.new_chamber)
        dap = self._units(self.new_chamber).filtered(lambda u: u.code == 'DAP')
        dap.write({'name': 'Pôle Appui et Promotion'})
        dap.mission_ids[0].unlink()
        result = self.tmpl_rsk.apply_to_chamber(self.new_chamber)
        self.assertEqual(result, {'sites': 0, 'units': 0, 'missions': 1})
        self.assertEqual(dap.name, 'Pôle Appui et Promotion', "existing units are kept")

    def test_apply_skips_provinces_outside_the_chamber_region(self):
        chamber = self.env['ccis.chamber'].create({
            'name': 'CCIS Souss-Massa test', 'kind': 'ccis',
            'region_id': self.env.ref('ccis_base.ccis_region_souss_massa').id,
        })
        self.tmpl_rsk.apply_to_chamber(chamber)
        self.assertEqual(len(chamber.site_ids), 3)
        self.assertFalse(chamber.site_ids.mapped('province_ids'))

    def test_apply_uses_the_existing_head_office(self):
        result = self.tmpl_rsk.apply_to_chamber(self.chamber)
        self.assertEqual(result['sites'], 2, "only the two annexes are created")
        dap = self._units(self.chamber).filtered(lambda u: u.code == 'DAP')
        self.assertEqual(dap.site_id, self.site_ho)

    def test_apply_artisanat_template(self):
        result = self.tmpl_art.apply_to_chamber(self.art_chamber)
        self.assertEqual(result['sites'], 2)
        self.assertEqual(result['units'], len(self.tmpl_art.line_ids))
        units = {u.code: u for u in self._units(self.art_chamber)}
        self.assertEqual(units['CA-MEK-DA'].site_id.code, 'MEK')
        self.assertEqual(units['CA-MEK-SEA'].site_id.code, 'MEK')
        self.assertEqual(units['CA-COOP'].site_id.kind, 'head_office')
        meknes = self.env.ref('ccis_base.ccis_province_meknes')
        self.assertEqual(self.env['ccis.site'].get_site_for_province(meknes, self.art_chamber),
                         units['CA-MEK-DA'].site_id)

    def test_apply_artisanat_template_twice(self):
        self.tmpl_art.apply_to_chamber(self.art_chamber)
        result = self.tmpl_art.apply_to_chamber(self.art_chamber)
        self.assertEqual(result, {'sites': 0, 'units': 0, 'missions': 0})

    def test_wizard_applies_the_template_as_administrator(self):
        wizard = self.env['ccis.structure.apply.wizard'].sudo(self.admin).create({
            'chamber_id': self.art_chamber.id, 'template_id': self.tmpl_art.id,
        })
        wizard.action_apply()
        self.assertEqual(wizard.state, 'done')
        self.assertEqual(wizard.unit_count, len(self.tmpl_art.line_ids))
        self.assertEqual(wizard.mission_count, self._template_mission_count(self.tmpl_art))
        second = self.env['ccis.structure.apply.wizard'].sudo(self.admin).create({
            'chamber_id': self.art_chamber.id, 'template_id': self.tmpl_art.id,
        })
        second.action_apply()
        self.assertEqual((second.site_count, second.unit_count, second.mission_count),
                         (0, 0, 0))

    def test_wizard_proposes_the_template_of_the_chamber_kind(self):
        wizard = self.env['ccis.structure.apply.wizard'].new({
            'chamber_id': self.art_chamber.id})
        wizard._onchange_chamber_id()
        self.assertEqual(wizard.template_id.chamber_kind, 'artisanat')

    def test_demo_structure_matches_the_template(self):
        demo_chamber = self.env.ref('ccis_base.ccis_chamber_rsk_demo',
                                    raise_if_not_found=False)
        if not demo_chamber:
            self.skipTest("données de démonstration absentes")
        result = self.tmpl_rsk.apply_to_chamber(demo_chamber)
        self.assertEqual(result, {'sites': 0, 'units': 0, 'missions': 0})
        self.assertTrue(self.env.ref('ccis_base.ccis_unit_appui_promotion_demo').mission_ids)
