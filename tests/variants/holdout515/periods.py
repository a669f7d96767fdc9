"""Header words, second sheets, 中期 and 年度 columns, rows that are not indicators, a
budget-system export and conversion artefacts (be13–be18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout515.common import (
    indicators,
    new_book,
    notes,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout515.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "be13-mengyi-header-words",
    (7,),
    "project, OLD-NAT, two-row header 考核指标 over "
    "the tiers, 目标值（年度） and a 评价标准 scoring column (correct)",
)
def be13() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2025,
        name="赛音察布苏木卫生院蒙医药健康宣教项目",
        dept="呼和温都旗卫生健康委员会（207113）",
        unit="呼和温都旗赛音察布苏木卫生院",
        money=one_year_money(wan(12), wan(12), wan(0)),
        goals=["在各嘎查开展蒙医药健康宣教24场，发放蒙汉双语宣传材料3000份。"],
    )
    s.row("考核指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标", None, None)
    s.table([
        ("产出指标", "数量指标", "嘎查健康宣教场次", "≥24场", "每少1场扣0.5分"),
        (None, None, "蒙汉双语宣传材料发放份数", "≥3000份", "未完成不得分"),
        (None, "质量指标", "宣教对象蒙医药知识测试合格率", "≥80%", "每低5%扣1分"),
        (None, "时效指标", "宣教活动完成时间", "2025年11月30日前", "逾期不得分"),
        (None, "成本指标", "每场宣教平均费用", "≤4000元/场", "超支不得分"),
        ("效益指标", "社会效益指标", "牧民蒙医药健康知识知晓率", "≥75%", "每低5%扣1分"),
        ("满意度指标", "服务对象满意度指标", "参加宣教牧民满意度", pct(0.9), "每低1%扣0.5分"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "吉日嘎拉", "0479-6615390", day(2024, 11, 11))
    return b


@variant(
    "be14-mengyi-second-sheet",
    (7, 9),
    "project: head on the first sheet with a date "
    "serial typed as text, the indicator table on a second sheet under 预期实现值, "
    "a rate given as a count",
)
def be14() -> Book:
    b, s = new_book("项目基本信息")
    end = mk("46022", "X104", "warning", note="计划完成日期 is the serial of 2025-12-31 as text")
    project_head(
        s,
        year=2025,
        name="巴彦乌苏苏木卫生院蒙医药健康宣教项目",
        dept="呼和温都旗卫生健康委员会（207113）",
        unit="呼和温都旗巴彦乌苏苏木卫生院",
        money=one_year_money(wan(10), wan(10), wan(0)),
        end=end,
        goals=["开展蒙医药健康宣教20场，提高牧民对蒙医药适宜技术的知晓程度。"],
    )
    t = b.sheet("绩效指标", (14, 16, 32, 18))
    t.title("2025年度项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "嘎查健康宣教场次", "≥20场"),
        (None, None, "蒙医药健康宣教覆盖率",
         mk("12个嘎查", "T105", "error", note="a 覆盖率 given as a count")),
        (None, "质量指标", "宣教材料审核通过率", "=100%"),
        (None, "时效指标", "宣教活动完成时间", "2025年11月30日前"),
        (None, "成本指标", "每场宣教平均费用", "≤5000元/场"),
        ("效益指标", "社会效益指标", "牧民蒙医药健康知识知晓率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "参加宣教牧民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "be15-zangyi-multi-year-copied",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 "
    "columns: two cumulative counts copied into the year, an annual count above its period",
)
def be15() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2025,
        years=3,
        name="娘曲县乡镇卫生院藏医药传承能力建设项目",
        dept="娘曲县卫生健康局（418006）",
        unit="娘曲县藏医医院",
        attr="新增项目",
        money=period_money((wan(150), wan(135), wan(15)), (wan(60), wan(54), wan(6))),
        goals=[
            "三年内为5个乡卫生院培养藏医师承弟子12人，建成藏药材种植示范基地50亩。",
            "2025年培养藏医师承弟子4人，完成藏药材示范基地首期建设。",
        ],
    )
    copied = "a cumulative count of a three-year project copied into the 年度 column"
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "培养藏医师承弟子人数", "≥12人",
         mk("≥12人", "D202", "warning", note=copied)),
        (None, None, "乡卫生院藏医药浴治疗人次", "≥9000人次",
         mk("≥9000人次", "D202", "warning", note=copied)),
        (None, None, "藏药材种植示范基地面积", "≥50亩",
         mk("≥80亩", "D201", "error", note="the year's 80亩 exceeds the period's 50亩")),
        (None, "质量指标", "师承弟子出师考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "示范基地首期建设完成时间", "2027年10月31日前", "2025年10月31日前"),
        (None, "成本指标", "师承带教人均补助标准", "≤2万元/人·年", "≤2万元/人·年"),
        ("效益指标", "社会效益指标", "乡卫生院藏医药服务覆盖率", "≥90%", "≥70%"),
        (None, "可持续影响指标", "乡卫生院藏医师队伍稳定", "持续稳定", "持续稳定"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "多吉平措", "0896-5512276", day(2024, 10, 30))
    return b


@variant(
    "be16-mengyi-two-year-notes",
    (8, 4),
    "two-year project, NAT-2021, 中期 and 年度 "
    "columns with annual counts below the period, a 注 row between tiers and a 说明 "
    "under the table (correct)",
)
def be16() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        years=2,
        name="呼和温都旗苏木卫生院蒙医巡回诊疗项目",
        dept="呼和温都旗卫生健康委员会（207113）",
        unit="呼和温都旗蒙医医院",
        attr="新增项目",
        money=period_money((wan(96), wan(86), wan(10)), (wan(50), wan(45), wan(5))),
        goals=[
            "两年内流动蒙医诊疗车巡诊480次，覆盖全旗48个嘎查。",
            "2026年巡诊240次，覆盖24个嘎查，培训嘎查医生30人。",
        ],
    )
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "流动蒙医诊疗车巡诊次数", "≥480次", "≥240次"),
        (None, None, "巡诊覆盖嘎查数", "≥48个", "≥24个"),
        (None, None, "培训嘎查医生人数", "≥60人", "≥30人"),
        (None, "质量指标", "巡诊处方合格率", "≥95%", pct(0.95)),
        (None, "时效指标", "巡诊计划按季度完成率", "=100%", "=100%"),
    ])  # fmt: skip
    s.row("注：巡诊次数按诊疗车实际出车登记统计，同一嘎查多次巡诊分别计数。", merge=[(1, 5)])
    s.table([
        ("成本指标", "经济成本指标", "巡诊单次运行成本", "≤1800元/次", "≤1800元/次"),
        ("效益指标", "社会效益指标", "偏远嘎查牧民蒙医药服务可及率", "≥90%", "≥60%"),
        (None, "可持续影响指标", "巡诊服务长效机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "巡诊牧民满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：年度指标值为2026年当年目标，中期指标值为2026—2027年累计目标。")
    sign(s, "额尔德木图", "0479-6606318", day(2025, 10, 16))
    return b


@variant(
    "be17-zangyi-system-export",
    (4, 7),
    "budget-system export: money sheet 05-1 and "
    "indicator sheet 05-2 with codes in the first columns, header on the third row, header "
    "repeated after a page break, a footnote explaining the total, signature lines (correct)",
)
def be17() -> Book:
    b, m = new_book("部门项目支出预算05-1", (12, 22, 34, 14, 14, 14))
    m.title("2025年部门项目支出预算表", 6)
    m.row("单位：万元")
    m.row("单位编码", "单位名称", "项目名称", "资金总额", "财政拨款", "其他资金")
    m.row("418006012", "娘曲县拉加日乡卫生院", "藏医适宜技术推广项目", wan(24), wan(20), wan(4))
    m.row("418006012", "娘曲县拉加日乡卫生院", "藏药材采购储备项目", wan(30), wan(30), wan(0))
    m.row("合计", None, None, wan(54), wan(50), wan(4))
    s = b.sheet("部门项目支出绩效目标05-2", (12, 26, 14, 16, 30, 16))
    s.title("2025年部门项目支出绩效目标表", 6)
    s.row("单位：娘曲县拉加日乡卫生院", None, None, None, None, "单位：万元")
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    code, name = "418006012-0031", "藏医适宜技术推广项目"
    s.row(*head)
    for tiers, ind, value in [
        (("产出指标", "数量指标"), "推广藏医适宜技术项数", "≥8项"),
        (("产出指标", "数量指标"), "培训乡村医生人数", "≥30人"),
        (("产出指标", "质量指标"), "培训考核合格率", "≥90%"),
        (("产出指标", "时效指标"), "培训完成时间", "2025年9月30日前"),
        (("成本指标", "经济成本指标"), "乡村医生人均培训成本", "≤6000元/人"),
    ]:
        s.row(code, name, *tiers, ind, value)
    s.row(*head)
    for tiers, ind, value in [
        (("效益指标", "社会效益指标"), "村卫生室开展藏医适宜技术比例", "≥60%"),
        (("效益指标", "可持续影响指标"), "乡村医生持续应用藏医技术年限", "≥3年"),
        (("满意度指标", "服务对象满意度指标"), "受训乡村医生满意度", "≥90%"),
    ]:
        s.row(code, name, *tiers, ind, value)
    notes(
        s,
        "注：本项目资金总额24万元（财政拨款20万元、其他资金4万元），见05-1表；"
        "人均培训成本按30人测算为18万元，其余用于适宜技术器具购置。",
    )
    sign(s, "次旺", "0896-5547702", day(2024, 12, 18))
    s.row("单位负责人：", "拉巴", None, "财务负责人：", "德吉")
    return b


@variant(
    "be18-mengyi-pdf-artefacts",
    (9, 12),
    "project, OLD-NAT, operator and unit columns, "
    "detail lines below the table: a total split by a space, an amount pasted twice, "
    "a unit cost rounded to 0",
)
def be18() -> Book:
    b, s = new_book()
    split = mk(
        "45.3 6",
        "X105",
        "warning",
        alt=("X103",),
        note="45.36 split by a space, stored as text; read as 45.36 it adds up",
    )
    project_head(
        s,
        year=2025,
        name="额尔敦希拉苏木卫生院蒙药制剂室建设项目",
        dept="呼和温都旗卫生健康委员会（207113）",
        unit="呼和温都旗额尔敦希拉苏木卫生院",
        money=one_year_money(split, wan(40), wan(5.36)),
        goals=["建成蒙药制剂室1间，年配制蒙药散剂、丸剂20个品种，巡诊配送覆盖18个嘎查。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "配制蒙药制剂品种", "≥", 20, "种"),
        (None, None, "蒙药配送覆盖嘎查数", "≥", 18, "个"),
        (None, "质量指标", "蒙药制剂抽检合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "制剂室建成时间", "≤", day(2025, 8, 31), None),
        (None, "成本指标", "蒙药配送单次成本",  "≤",
         mk(0, "T115", "error", note="a unit cost rounded to 0 in 万元/次"), "万元/次"),
        ("效益指标", "社会效益指标", "牧民就近获得蒙药制剂比例", "≥", pct(0.7), "%"),
        ("满意度指标", "服务对象满意度指标", "用药牧民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", "金额（万元）")
    s.row(
        None,
        "制剂设备购置",
        mk("18万18万", "X106", "error", alt=("B108",), note="18万 pasted twice; read as 18"),
    )
    s.row(None, "制剂室改造", money(15.2))
    s.row(None, "蒙药材及辅料采购", money(12.16))
    s.row("合计", None, money(45.36))
    sign(s, "包·巴特尔", "0479-6652290", day(2024, 11, 26))
    return b
