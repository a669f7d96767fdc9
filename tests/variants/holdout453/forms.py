"""Cocoa returns in other forms: stacked projects, points at two levels, a budget-system export
and a template left partly empty."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout453.common import YEAR, indicators, new, notes, one_year, sign, wan
from tests.variants.holdout453.registry import variant
from tests.variants.kit import Book, Sheet, mk

VALUE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


def nursery(s: Sheet, seedlings: str, satisfaction: str) -> None:
    """The first stacked project (planting): a cocoa nursery, correct."""
    project_head(s, year=YEAR, name="可可良种苗圃扩繁", dept="翠湾垦区农业局（115）",
                 unit="翠湾农场苗圃", money=one_year(64, 50, 14),
                 goals=["扩建可可良种苗圃，培育嫁接苗供垦区农场更新可可园。"])  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "培育可可嫁接苗", seedlings),
        (None, "质量指标", "出圃苗合格率", "≥95%"),
        (None, "时效指标", "出圃时间", "2026年10月31日前"),
        (None, "成本指标", "嫁接苗单株成本", "≤5元/株"),
        ("效益指标", "社会效益指标", "供苗农场", "≥5家"),
        ("满意度指标", "服务对象满意度指标", "参与职工满意度", satisfaction),
    ])  # fmt: skip


@variant("yu13-stacked-nursery-yard", (2,),
         "two one-year projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator name with different values (correct)")  # fmt: skip
def yu13() -> Book:
    b, s = new("绩效目标表")
    nursery(s, "≥100000株", "≥90%")
    s.skip()
    s.row("项目二", merge=[(1, 6)])
    project_head(s, year=YEAR, title="", name="可可豆晒场改造", dept="翠湾垦区农业局（115）",
                 unit="翠湾农场可可加工组", money=one_year(48, 40, 8),
                 goals=["改造水泥晒场并加装防雨棚，减少雨季霉豆。"])  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "改造晒场面积", "≥3000平方米"),
        (None, "质量指标", "防雨棚验收合格率", "100%"),
        (None, "成本指标", "晒场改造单位成本", "≤150元/平方米"),
        ("效益指标", "经济效益指标", "雨季霉豆率降低", "≥3个百分点"),
        ("满意度指标", "服务对象满意度指标", "参与职工满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("yu14-stacked-drying-wrong", (2, 12),
         "two one-year projects stacked, OLD-NAT: the second project's total ≠ 财政拨款 + "
         "其他资金, a 利用率 given in hours")  # fmt: skip
def yu14() -> Book:
    b, s = new("绩效目标表")
    nursery(s, "≥80000株", "≥90%")
    s.skip()
    total = mk(wan(260), "B101", "error", note="财政拨款 200 + 其他资金 50 = 250 ≠ 260")
    project_head(s, year=YEAR, title="", name="可可豆烘干房建设", dept="翠湾垦区农业局（115）",
                 unit="翠湾农场可可加工组",
                 money=[("年度资金总额", total, "其中：财政拨款", wan(200)),
                        (None, None, "其他资金", wan(50))],
                 goals=["新建热风烘干房，雨季鲜豆可及时烘干。"])  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "新建热风烘干房", "≥6间"),
        (None, None, "烘干设备利用率",
         mk("≥1800小时", "T105", "error", note="a 利用率 given as hours")),
        (None, "质量指标", "烘干豆水分达标率", "≥95%"),
        (None, "成本指标", "单间烘干房建设成本", "≤35万元/间"),
        ("效益指标", "经济效益指标", "雨季霉豆损失减少", "≥30吨"),
        ("满意度指标", "服务对象满意度指标", "交售职工满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yu15-ferment-points", (10,),
         "project, NAT-2021, tier-1 points and indicator points both adding to 100, a rate "
         "raised in 百分点 (correct)")  # fmt: skip
def yu15() -> Book:
    b, s = new("绩效目标")
    project_head(s, year=YEAR, name="可可豆发酵工艺优化试验", dept="南樾垦区农业局（207）",
                 unit="南樾农场可可加工厂", money=one_year(38, 30, 8),
                 goals=["比较不同翻堆频次与发酵时长，优化可可豆发酵工艺。"])  # fmt: skip
    indicators(s, POINTS_HEAD, [
        ("产出指标", 40, "数量指标", "完成发酵工艺对比批次", "≥24批", 15),
        (None, None, "质量指标", "切粒检验完成率", "≥95%", 15),
        (None, None, "时效指标", "工艺规程定稿时间", "2026年12月15日前", 10),
        ("成本指标", 10, "经济成本指标", "每批次试验成本", "≤1.2万元/批", 10),
        ("效益指标", 40, "经济效益指标", "一级豆占比提高", "≥3百分点", 15),
        (None, None, "社会效益指标", "培训发酵工", "≥60人次", 15),
        (None, None, "可持续影响指标", "形成发酵工艺规程", "≥1套", 10),
        ("满意度指标", 10, "服务对象满意度指标", "加工厂职工满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值各自合计100分，不重复计算。")
    return b


@variant("yu16-pollination-points-wrong", (10,),
         "project, NAT-2021, tier-1 points against the indicator points under them: two tiers "
         "do not add up")  # fmt: skip
def yu16() -> Book:
    b, s = new("绩效目标")
    project_head(s, year=YEAR, name="可可人工辅助授粉增产试验", dept="红棠垦区农业局（402）",
                 unit="红棠农场第二生产队", money=one_year(26, 22, 4),
                 goals=["在试验园开展人工辅助授粉，测定坐果率与增产效果。"])  # fmt: skip
    p40 = mk(40, "W103", "error", note="产出 indicators 15 + 15 + 15 = 45, not 40")
    e40 = mk(40, "W103", "error", note="效益 indicators 10 + 10 + 15 = 35, not 40")
    indicators(s, POINTS_HEAD, [
        ("产出指标", p40, "数量指标", "人工授粉试验面积", "≥50亩", 15),
        (None, None, "质量指标", "授粉花朵坐果率", "≥12%", 15),
        (None, None, "时效指标", "花期授粉作业及时率", "≥95%", 15),
        ("成本指标", 10, "经济成本指标", "亩均授粉人工成本", "≤3000元/亩", 10),
        ("效益指标", e40, "经济效益指标", "试验园亩产增加", "≥15%", 10),
        (None, None, "社会效益指标", "培训授粉技术工", "≥80人次", 10),
        (None, None, "可持续影响指标", "形成人工授粉技术规范", "≥1套", 15),
        ("满意度指标", 10, "服务对象满意度指标", "承包职工满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("yu17-export-second-sheet", (7, 9),
         "budget-system export: codes in the first column, money on 项目支出预算05-1, the "
         "indicator table on 项目支出绩效目标05-2 with its header on the third row, tiers "
         "repeated, text =100% (correct)")  # fmt: skip
def yu17() -> Book:
    b, s = new("项目支出预算05-1", (18, 28, 14, 14, 14, 14))
    code = "4690262601017"
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位：万元", merge=[(1, 6)])
    s.row("项目编码", "项目名称", "项目类别", "合计", "财政拨款", "其他资金")
    s.row(code, "可可初加工设备购置", "一次性项目", wan(185), wan(160), wan(25))
    s.row("合计", None, None, wan(185), wan(160), wan(25))
    t = b.sheet("项目支出绩效目标05-2", (18, 14, 18, 28, 18, 14))
    t.title("2026年项目支出绩效目标表", 6)
    t.row("单位名称：椰岚农垦可可制品公司", None, None, "项目名称：可可初加工设备购置",
          merge=[(1, 3), (4, 6)])  # fmt: skip
    t.row("项目编码", "一级指标", "二级指标", "三级指标", "年度指标值", "指标值设定依据")
    rows = [
        ("产出指标", "数量指标", "购置不锈钢发酵箱", "≥40台", "计划标准"),
        ("产出指标", "数量指标", "购置热风烘干机", "≥4台", "计划标准"),
        ("产出指标", "质量指标", "设备竣工验收合格率", "=100%", "行业标准"),
        ("产出指标", "时效指标", "设备到货安装完成时间", "2026年8月31日前", "计划标准"),
        ("成本指标", "经济成本指标", "单台发酵箱购置成本", "≤1.8万元/台", "市场询价"),
        ("成本指标", "经济成本指标", "单台烘干机购置成本", "≤22万元/台", "市场询价"),
        ("效益指标", "经济效益指标", "干豆加工能力提高", "≥30%", "历史标准"),
        ("效益指标", "可持续影响指标", "设备设计使用年限", "≥8年", "行业标准"),
        ("满意度指标", "服务对象满意度指标", "加工车间职工满意度", "≥90%", "行业标准"),
    ]
    for r in rows:
        t.row(code, *r)
    return b


@variant("yu18-pest-template-rows", (6, 9, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without "
         "indicator, a value without a name, the end date as a serial in a text cell")  # fmt: skip
def yu18() -> Book:
    b, s = new()
    end = mk("46387", "X104", "warning", note="the serial of 2026-12-31 stored as text")
    project_head(s, year=YEAR, name="可可园病虫害绿色防控示范", dept="南渚垦区农业局（118）",
                 unit="南渚农场植保站", money=one_year(55, 45, 10), end=end,
                 goals=["在可可园推广灯诱、生物药剂等绿色防控措施，"
                        "减少化学农药使用。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "绿色防控示范面积", "≥500亩"),
        (None, None, "安装太阳能杀虫灯", "≥50盏"),
        (None, "质量指标", "盲蝽危害株率", "≤5%"),
        (None, None, mk(None, "F110", "error", note="a value without an indicator name"),
         "≥95%"),
        (None, "时效指标", "防控作业及时率", "≥95%"),
        ("成本指标", "经济成本指标", "亩均防控成本", "≤900元/亩"),
        ("效益指标", "经济效益指标", "示范园挽回产量损失", "≥20吨"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left with no indicator and no value"), None, None),
        (None, "社会效益指标", "培训植保员", "≥100人次"),
        ("满意度指标", "服务对象满意度指标", "承包职工满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：杀虫灯由农场统一采购安装。", width=4)
    sign(s, "王清禾", "0898-6419 5062")
    return b
