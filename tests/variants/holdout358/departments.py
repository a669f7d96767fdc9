"""Department returns of geothermal and heat-pump offices: money blocks, flat lists, a
budget-system export and template rows left empty (vd13–vd18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout358.common import indicators, note, one_year, sign, start
from tests.variants.holdout358.registry import variant
from tests.variants.kit import Book, C, day, mk, money, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")


def share(v: float) -> C:
    """A share typed as a percent with two decimals."""
    return pct(v, "0.00%")


@variant("vd13-department-money", (12, 4),
         "department, NAT-2021: budget with shares, key tasks adding to 金额合计 (= 项目支出), "
         "a footnote explaining the total (correct)")  # fmt: skip
def vd13() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="沣原县地热资源监测中心",
                    budget=[[money(860), money(800), money(60), money(310), money(550)],
                            [share(1), share(0.9302), share(0.0698), share(0.3605),
                             share(0.6395)]],
                    tasks=[["地热资源勘查", "县域地热资源补充勘查", money(220),
                            "勘查面积不少于120平方公里"],
                           ["地热井动态监测", "运行维护地热动态监测井", money(130),
                            "监测井40眼全部在线"],
                           ["尾水回灌监管", "回灌井巡查和水质抽检", money(200),
                            "尾水回灌率达到95%以上"],
                           ["金额合计", None, money(550), None]],
                    goal="摸清县域地热资源家底，规范地热开采和尾水回灌。")  # fmt: skip
    note(s, "注：金额合计为项目支出，不含基本支出。")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "地热资源勘查面积", "≥120平方公里"),
        (None, None, "地热动态监测井运行数量", "≥40眼"),
        (None, "质量指标", "监测数据有效率", "≥95%"),
        (None, "时效指标", "勘查报告提交时间", "2025年12月20日前"),
        ("成本指标", "经济成本指标", "单井年运行维护成本", "≤3万元/眼"),
        ("效益指标", "生态效益指标", "地热尾水回灌率", "≥95%"),
        (None, "可持续影响指标", "地热水位年降幅", "≤1米"),
        ("满意度指标", "服务对象满意度指标", "地热开采企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "殷书瑶", "0719-6608251", day(2024, 11, 14))
    return b


@variant("vd14-department-money-wrong", (12, 13),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, a "
         "value without an indicator name")  # fmt: skip
def vd14() -> Book:
    b, s = start()
    total = mk(money(720), "B101", "error", row=True, note="280 + 460 = 740, not 720")
    summed = mk(money(460), "B102", "error", note="180 + 150 + 120 = 450, not 460")
    department_head(s, year=2025, dept="霁阳市地热资源监测中心",
                    budget=[[total, money(650), money(70), money(280), money(460)]],
                    tasks=[["地热田动态监测", "监测井运行和数据采集", money(180),
                            "监测井30眼稳定运行"],
                           ["地热开采监管", "开采许可核查和计量", money(150),
                            "开采企业计量全覆盖"],
                           ["回灌技术推广", "砂岩热储回灌示范", money(120),
                            "回灌率稳步提高"],
                           ["金额合计", None, summed, None]],
                    goal="加强地热田动态监测，推进采灌均衡。")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "地热动态监测井运行数量", "≥30眼"),
        (None, "质量指标",
         mk(None, "F110", "error", note="a value without its indicator name"), "≥95%"),
        (None, "时效指标", "季度监测报告报送时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "单井年监测成本", "≤5万元/眼"),
        ("效益指标", "生态效益指标", "地热尾水回灌率", "≥90%"),
        (None, "可持续影响指标", "地热开采企业计量覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "地热开采企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "盛维舟", "0733-8129960", day(2024, 11, 21))
    return b


@variant("vd15-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, weights adding to 100 (correct)")  # fmt: skip
def vd15() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="嵘川县能源事务服务中心",
                    budget=[[money(600), money(540), money(60), money(180), money(420)]],
                    goal="推广浅层地源热泵应用，新增应用建筑面积8万平方米。")  # fmt: skip
    note(s, "年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("新增地源热泵应用建筑面积", 20, "万平方米", "≥", 8),
        ("地源热泵项目竣工验收合格率", 15, "%", "≥", pct(0.98)),
        ("补助资金拨付及时率", 10, "%", "≥", pct(0.95)),
        ("单位面积补助标准", 15, "元/平方米", "≤", 40),
        ("建筑供暖制冷能耗下降率", 15, "%", "≥", pct(0.2)),
        ("年减少标准煤消耗量", 15, "吨", "≥", 2600),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "华予安", "0725-3374418", day(2024, 11, 27))
    return b


@variant("vd16-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): a "
         "unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def vd16() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="漳岩市可再生能源推广站",
                    budget=[[money(500), money(450), money(50), money(120), money(380)]],
                    goal="建设6个地源热泵示范项目，带动浅层地热能规模化应用。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+15+10+10+10 = 95, not 100")
    note(s, "年度绩效指标")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("地源热泵示范项目数量",
         mk("6万元", "T112", "error", row=True, note="万元 in the value, 个 in the unit column"),
         "正向", "个", 20),
        ("示范项目竣工验收合格率", "≥98%", "正向", "%", 15),
        ("补助资金拨付及时率", "≥95%", "正向", "%", 15),
        ("单个项目补助上限", "≤50万元", "反向", "万元", 15),
        ("热泵系统运行故障率",
         mk("≥3%", "T108", "warning", row=True, note="反向 declared, operator ≥"),
         "反向", "%", 10),
        ("年减少标准煤消耗量", "≥1800吨", "正向", "吨", 10),
        ("服务对象满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    sign(s, "祁望川", "0752-4453170", day(2024, 11, 30))
    return b


@variant("vd17-budget-export", (7, 4, 12),
         "budget-system export: 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, header on the "
         "third row, project codes first, 合计 and export lines (correct)")  # fmt: skip
def vd17() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 30, 12, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("部门：泓岱区能源发展服务中心", None, None, None, None, "单位：万元")
    s.row("项目代码", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金")
    p1, p2 = "浅层地源热泵监测平台运维项目", "公共建筑地源热泵改造补助项目"
    s.row("226011250001", p1, "延续项目", money(240), money(200), money(40))
    s.row("226011250002", p2, "新增项目", money(180), money(180), money(0))
    s.row("合计", None, None, money(420), money(380), money(40))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 26, 12, 16, 26, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("部门：泓岱区能源发展服务中心")
    c1, c2 = ("226011250001", p1), ("226011250002", p2)
    t.row("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    t.table([
        (*c1, "产出指标", "数量指标", "接入监测的地源热泵项目", "≥35个"),
        (*c1, "产出指标", "质量指标", "监测数据上传完整率", "≥95%"),
        (*c1, "产出指标", "时效指标", "月度运行报告报送及时率", "≥95%"),
        (*c1, "产出指标", "成本指标", "单个项目年监测运维成本", "≤6万元/个"),
        (*c1, "效益指标", "社会效益指标", "能耗异常项目整改率", "≥90%"),
        (*c1, "满意度指标", "服务对象满意度指标", "接入单位满意度", "≥90%"),
        (*c2, "产出指标", "数量指标", "补助改造公共建筑", "≥4栋"),
        (*c2, "产出指标", "质量指标", "改造项目验收合格率", "=100%"),
        (*c2, "产出指标", "时效指标", "补助资金拨付时间", "2025年12月15日前"),
        (*c2, "产出指标", "成本指标", "单栋建筑补助标准", "≤45万元/栋"),
        (*c2, "效益指标", "生态效益指标", "年减少二氧化碳排放量", "≥800吨"),
        (*c2, "满意度指标", "服务对象满意度指标", "受补助单位满意度", "≥90%"),
    ])  # fmt: skip
    t.row("数据来源：预算管理一体化系统", None, None, None, "导出时间", day(2024, 12, 18))
    return b


@variant("vd18-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without "
         "a name, a placeholder left in a value")  # fmt: skip
def vd18() -> Book:
    b, s = start()
    project_head(s, year=2025, name="朔溪市第一中学地源热泵改造项目",
                 dept="朔溪市教育局（815004）", unit="朔溪市第一中学",
                 money=one_year(200, 170, 30),
                 goals=["完成校区地源热泵系统改造并投运。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "新建地埋管换热孔", "≥260孔"),
        (None, None, "接入地源热泵的建筑面积",
         mk("≥**万平方米", "X101", "error", note="placeholder ** left in the value")),
        (None, "质量指标", "换热孔回填合格率", "≥98%"),
        (None, "时效指标", "系统投运时间", "2025年11月1日前"),
        ("成本指标", "经济成本指标", "单孔施工成本", "≤0.6万元/孔"),
        (None, mk("社会成本指标", "F109", "warning", row=True,
                  note="template tier-2 left with no indicator and no value"), None, None),
        ("效益指标", "社会效益指标",
         mk(None, "F110", "error", note="a value without its indicator name"), "≥1200人"),
        (None, "生态效益指标", "年减少燃煤消耗量", "≥300吨"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "苗清和", "0761-2236614", day(2024, 11, 25))
    return b
