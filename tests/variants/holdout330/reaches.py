"""Returns ub13–ub18: dewatered-reach treatment at department level (flat lists, department
money, a budget-system export, template rows left empty)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout330.common import YEAR, book, grid, note, one_year, sign, wan
from tests.variants.holdout330.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

CENTRE = "岱屏县河湖保护中心"
BUDGET = ("资金总额", "财政拨款", "其他资金", "基本支出", "项目支出")


@variant("ub13-flat-department", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "weights add to 100, one typed percent value (correct)")  # fmt: skip
def ub13() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=CENTRE,
                    budget=[tuple(wan(v) for v in (980, 860, 120, 310, 670))],
                    goal="治理减脱水河段，督促电站足额泄放生态流量，"
                         "河流生态功能逐步恢复。")  # fmt: skip
    s.skip()
    grid(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("治理减脱水河段长度", 15, "公里", "≥", 26),
        ("督促落实生态流量泄放电站", 15, "座", "≥", 58),
        ("河道巡查次数", 10, "次", "≥", 120),
        ("生态流量泄放达标率", 10, "%", "≥", pct(0.95)),
        ("治理工程验收合格率", 10, "%", "≥", 95),
        ("河段断流天数下降率", 10, "%", "≥", 40),
        ("每公里河段治理成本", 10, "万元/公里", "≤", 18),
        ("涉水违法问题查处率", 10, "%", "≥", 95),
        ("沿河群众满意度", 10, "%", "≥", 90),
    ], merged=())  # fmt: skip
    sign(s, "岑立秋", "0736-6781265", day(YEAR - 1, 11, 20))
    return b


@variant("ub14-flat-defects", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction "
         "· 计量单位 · 权重): weights add to 95, a value whose unit conflicts with the "
         "unit column")  # fmt: skip
def ub14() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="岱屏县水土保持站",
                    budget=[tuple(wan(v) for v in (540, 500, 40, 210, 330))],
                    goal="配合治理减脱水河段，开展河岸水土流失防治。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 15+15+10+10+10+10+15+10 = 95, not 100")
    unit = mk("≥14公里", "T112", "error", note="value in 公里, unit column 座")
    s.skip()
    grid(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("治理河岸水土流失面积", "≥3.2", "正向", "平方公里", 15),
        ("减脱水河段护岸整治长度", unit, "正向", "座", 15),
        ("新建生态护坡工程", "≥8", "正向", "处", 10),
        ("护岸工程验收合格率", "≥95", "正向", "%", 10),
        ("工程完工时间", "2025年11月30日前", "反向", None, 10),
        ("单处护坡工程成本", "≤30", "反向", "万元/处", 10),
        ("河岸植被覆盖率提高", "≥6", "正向", "百分点", 15),
        ("沿河群众满意度", "≥90", "正向", "%", 10),
    ], merged=())  # fmt: skip
    sign(s, "岑立秋", "0736-6781265", day(YEAR - 1, 11, 20))
    return b


@variant("ub15-department-money", (12, 4),
         "department, NAT-2021: budget with typed-percent shares, key tasks adding to 金额合计 = "
         "项目支出, a note explaining the total (correct)")  # fmt: skip
def ub15() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept="岱屏县水利局", budget=[
        tuple(wan(v) for v in (2340, 2100, 240, 760, 1580)),
        tuple(pct(v, "0.00%") for v in (1, 0.8974, 0.1026, 0.3248, 0.6752)),
    ], tasks=[
        ("小水电退出补偿", "兑付23座退出电站补偿", wan(620), "退出电站全部拆除"),
        ("泄放设施改造", "改造41座电站泄放设施", wan(540), "泄放流量全年达标"),
        ("减脱水河段治理", "治理减脱水河段21公里", wan(420), "消除季节性断流"),
        ("金额合计", None, wan(1580), None),
    ], goal="完成全县小水电清理整改，保障河流生态流量，修复减脱水河段。")  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "退出拆除电站数量", "≥23座"),
        (None, None, "完成泄放设施改造电站数量", "≥41座"),
        (None, "质量指标", "整改销号验收合格率", "≥95%"),
        (None, "时效指标", "清理整改完成时间", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单站退出补偿标准", "≤26万元/座"),
        ("效益指标", "生态效益指标", "生态流量泄放达标率", "≥95%"),
        (None, "社会效益指标", "涉电站信访办结率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：金额合计为项目支出1580万元，不含基本支出760万元；资金总额2340万元。")
    sign(s, "黎秉章", "0736-6015528", day(YEAR - 1, 11, 26))
    return b


@variant("ub16-department-money-wrong", (12, 13),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, an "
         "indicator value without a name")  # fmt: skip
def ub16() -> Book:
    b, s = book("部门整体")
    total = mk(wan(1860), "B101", "error", row=True, note="620 + 1200 = 1820, not 1860")
    sums = mk(wan(1200), "B102", "error", note="450 + 380 + 290 = 1120, not 1200")
    department_head(s, year=YEAR, dept="岱屏县农村水电站管理所", budget=[
        (total, *(wan(v) for v in (1700, 160, 620, 1200))),
    ], tasks=[
        ("电站退出补偿", "兑付12座退出电站补偿", wan(450), "补偿按期兑付"),
        ("泄放设施改造", "改造35座电站泄放设施", wan(380), "泄放全年达标"),
        ("在线监测接入", "35座电站接入监测平台", wan(290), "数据实时上传"),
        ("金额合计", None, sums, None),
    ], goal="完成电站退出补偿、泄放设施改造和在线监测接入。")  # fmt: skip
    blank = mk(None, "F110", "error", note="a value without an indicator name")
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "退出电站数量", "≥12座"),
        (None, None, "完成泄放设施改造电站数量", "≥35座"),
        (None, None, blank, "≥35座"),
        (None, "质量指标", "监测数据有效传输率", "≥95%"),
        ("成本指标", "经济成本指标", "单站退出补偿标准", "≤35万元/座"),
        ("效益指标", "生态效益指标", "生态流量泄放达标率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "电站业主满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎秉章", "0736-6015528", day(YEAR - 1, 11, 26))
    return b


EXPORT_HEAD = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
               "度量单位")  # fmt: skip


@variant("ub17-system-export", (4,),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, codes in "
         "the first columns, header on the third row, a note row inside, the header repeated "
         "after a page break, 填表说明 and signature lines (correct)")  # fmt: skip
def ub17() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 26, 14, 14, 14))
    code, name = "412001250007", "椤坪河减脱水河段治理"
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位名称：岱屏县水利局", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(code, name, money(215), money(195), money(20))
    s.row("合计", None, money(215), money(195), money(20))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 20, 12, 16, 26, 10, 12, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位名称：岱屏县水利局", None, None, None, None, None, None, "单位：万元")
    t.row(*EXPORT_HEAD)
    t.table([
        (code, name, "产出指标", "数量指标", "治理减脱水河段长度", "≥", 11, "公里"),
        (code, name, "产出指标", "数量指标", "新建生态堰", "≥", 4, "座"),
        (code, name, "产出指标", "质量指标", "治理工程验收合格率", "≥", 95, "%"),
        (code, name, "产出指标", "时效指标", "工程完工时间", "≤", day(YEAR, 10, 31), None),
        (code, name, "产出指标", "成本指标", "每公里河段治理成本", "≤", 17, "万元/公里"),
        ("说明：以下为效益及满意度指标，续下页。", None, None, None, None, None, None, None),
    ])  # fmt: skip
    t.row(*EXPORT_HEAD)
    t.table([
        (code, name, "效益指标", "生态效益指标", "河段生态流量保证率", "≥", 90, "%"),
        (code, name, "效益指标", "生态效益指标", "河段断流天数", "≤", 0, "天"),
        (code, name, "效益指标", "可持续影响指标", "河段管护责任落实率", "≥", 95, "%"),
        (code, name, "满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥", 90, "%"),
    ])  # fmt: skip
    note(t, "填表说明：1.指标性质填≥、≤或定性；2.百分比指标的度量单位填%。", 8)
    note(t, "3.本表由预算管理一体化系统导出，金额单位为万元。", 8)
    sign(t, "黎秉章", "0736-6015528", day(YEAR - 1, 12, 9), head="审核人：")
    return b


@variant("ub18-template-left", (6, 9, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without indicator, "
         "a value without a name, an amount split by a space and stored as text")  # fmt: skip
def ub18() -> Book:
    b, s = book()
    split = mk("146.3 8", "X105", "warning", alt=("X103",), note="read as 146.38")
    project_head(s, year=YEAR, name="麓坳河下游减脱水河段补水工程", dept="岱屏县水利局（412）",
                 unit="麓坳乡人民政府", money=one_year(split, 130, 16.38),
                 goals=["新建补水渠道3.6公里，保障麓坳河下游减脱水河段常年有水。"])  # fmt: skip
    empty = mk("社会成本指标", "F109", "warning", row=True, note="template tier-2 left empty")
    blank = mk(None, "F110", "error", note="a value without an indicator name")
    grid(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "新建补水渠道长度", "≥3.6公里"),
        (None, None, blank, "≥2座"),
        (None, "质量指标", "补水工程验收合格率", "≥95%"),
        (None, "时效指标", "补水工程完工时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "每公里渠道建设成本", "≤35万元/公里"),
        (None, empty, None, None),
        ("效益指标", "生态效益指标", "下游河段断流天数", "≤10天"),
        (None, "可持续影响指标", "补水设施管护责任落实率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃雨桐", "0736-6417302", day(YEAR - 1, 11, 25))
    return b
