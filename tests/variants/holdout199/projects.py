"""One-year project tables with money blocks below the head: a prior-year block, a budget
detail with 测算依据, shares beside the head amounts (pa07–pa12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout199.common import (
    ONE,
    SHARE,
    book,
    detail,
    indicators,
    one_year_money,
    prior_year,
    sign,
    wan,
)
from tests.variants.holdout199.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, ok, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("pa07-prior-year-below-budget", (12,), "one-year continuing project, OLD-NAT, "
         "operator and unit columns: 上年执行数 259.56 below its 上年预算数 280 (执行率 92.70%), "
         "a detail block with 测算依据 adding to 260 (correct)")  # fmt: skip
def pa07() -> Book:
    b, s = book("Sheet1", (16, 18, 30, 12, 18, 12))
    project_head(
        s, year=2026, name="农村公路养护项目", dept="临溪县交通运输局（310）",
        unit="临溪县公路养护中心",
        money=one_year_money(wan(260), wan(230), wan(30)),
        goals=["2026年完成农村公路日常养护520公里、桥梁定期检测26座、破损路面修复1.3万平方米，"
               "养护路段优良路率达到80%以上。"],
    )  # fmt: skip
    prior_year(s, wan(280), wan(259.56), pct(0.927, "0.00%"))
    detail(s, [
        ("日常养护", "农村公路520公里×0.3万元/公里", wan(156)),
        ("桥梁定期检测", "26座×1.5万元/座", wan(39)),
        ("破损路面修复", "1.3万平方米×50元/平方米", wan(65)),
    ], wan(260))  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "农村公路日常养护里程", "≥", 520, "公里"),
        (None, None, "桥梁定期检测座数", "≥", 26, "座"),
        (None, None, "破损路面修复面积", "≥", 1.3, "万平方米"),
        (None, "质量指标", "养护路段优良路率", "≥", 80, "%"),
        (None, "时效指标", "路面病害处置时限", "≤", 7, "天"),
        (None, "成本指标", "日常养护单价", "≤", 0.3, "万元/公里"),
        (None, None, "桥梁检测单价", "≤", 1.5, "万元/座"),
        ("效益指标", "社会效益指标", "农村公路列养率", "≥", 98, "%"),
        (None, "可持续影响指标", "农村公路长效养护机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "葛远航", "沈佳宁", "0591-83362075")
    return b


@variant("pa08-prior-over-sub-line", (12,), "one-year continuing project, NAT-2021, inline "
         "operators: 上年执行数 172.5 above 上年预算数 160; a 其中 line of 68 under a detail "
         "line of 60")  # fmt: skip
def pa08() -> Book:
    b, s = book("项目表")
    project_head(
        s, year=2026, name="城区绿化提升项目", dept="白沙河区城市管理局（207）",
        unit="白沙河区园林绿化所",
        money=one_year_money(wan(180), wan(180), wan(0)),
        goals=["2026年补植行道树1200株，养护城区绿地40万平方米，补植苗木成活率达到95%以上。"],
    )  # fmt: skip
    prior_year(s, wan(160), mk(wan(172.5), "B104", "warning", row=True,
                               note="executed 172.5 of a 160 budget"))  # fmt: skip
    detail(s, [
        ("行道树补植", "1200株×500元/株",
         ok(wan(60), "error", note="the whole of the 其中 line below")),
        ("其中：乡土树种苗木", None,
         mk(wan(68), "B102", "error", row=True, alt=("B101", "B103"),
            note="a 其中 line larger than its whole of 60")),
        ("城区绿地养护", "40万平方米×2元/平方米", wan(80)),
        ("园林设施维修", "园路、座椅及灌溉设施维修", wan(40)),
    ], wan(180))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "补植行道树数量", "≥1200株"),
        (None, None, "养护城区绿地面积", "≥40万平方米"),
        (None, "质量指标", "补植苗木成活率", "≥95%"),
        (None, "时效指标", "行道树补植完成时间", "2026年4月30日前"),
        ("成本指标", "经济成本指标", "行道树苗木单价", "≤500元/株"),
        (None, None, "绿地养护单价", "≤2元/平方米"),
        ("效益指标", "生态效益指标", "城区绿化覆盖率", "≥42%"),
        (None, "可持续影响指标", "绿地养护巡查机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pa09-sources-and-standard", (12,), "one-year project, NAT-2021, 指标性质 as operator "
         "and 度量单位: 财政拨款 120 + 其他资金 20 ≠ 年度资金总额 150; 2000元/人 × 900人 = "
         "180万元 above the money")  # fmt: skip
def pa09() -> Book:
    b, s = book("Sheet1", (16, 18, 30, 12, 14, 14))
    project_head(
        s, year=2026, name="职业技能提升培训补贴项目", dept="青岚市人力资源和社会保障局（140）",
        unit="青岚市职业技能鉴定指导中心", attr="新增项目",
        money=one_year_money(
            mk(wan(150), "B101", "error", row=True, note="120 + 20 = 140"),
            ok(wan(120), "error", note="the parts row of the same sum"),
            ok(wan(20), "error", note="the parts row of the same sum"),
        ),
        goals=["全年补贴职业技能培训900人，开设培训工种12个，培训合格率达到85%以上，"
               "培训后就业率达到60%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"), [
        ("产出指标", "数量指标", "补贴培训人数", "≥",
         mk(900, "B107", "warning", row=True, required=False,
            note="the count half of the standard × count product"), "人"),
        (None, None, "开设培训工种数", "≥", 12, "个"),
        (None, "质量指标", "培训合格率", "≥", 85, "%"),
        (None, "时效指标", "补贴资金审核拨付时限", "≤", 30, "个工作日"),
        ("成本指标", "经济成本指标", "人均培训补贴标准", "≤",
         mk(2000, "B107", "warning", row=True,
            note="900人 × 2000元/人 = 180万元 > 年度资金总额 150万元"), "元/人"),
        ("效益指标", "社会效益指标", "培训后就业率", "≥", 60, "%"),
        (None, "可持续影响指标", "培训机构动态评估机制", None, "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("pa10-rounded-to-cent", (4, 12), "one-year project, OLD-NAT, weight column adding to "
         "100: 833人 × 1260元/人 = 104.958万元 shown as 104.96, amounts that add up exactly "
         "in two decimals, a note on rounding (correct)")  # fmt: skip
def pa10() -> Book:
    b, s = book("Sheet1", (16, 18, 32, 18, 10))
    project_head(
        s, year=2026, name="农村劳动力转移就业交通补助项目",
        dept="临溪县人力资源和社会保障局（141）", unit="临溪县公共就业服务中心",
        money=one_year_money(wan(126.38), wan(108.88), wan(17.5)),
        goals=["2026年为外出务工农村劳动力833人发放一次性交通补助，举办专场招聘会6场，"
               "补助资金于12月15日前发放完毕。"],
    )  # fmt: skip
    detail(s, [
        ("一次性交通补助", "833人×1260元/人=104.958万元", wan(104.96)),
        ("专场招聘会及宣传", "招聘会场地布置及宣传资料印制", wan(21.42)),
    ], wan(126.38))  # fmt: skip
    indicators(s, (*ONE, "权重"), [
        ("产出指标", "数量指标", "享受交通补助人数", "≥833人", 10),
        (None, None, "举办专场招聘会场次", "≥6场", 10),
        (None, "质量指标", "补助对象身份核验准确率", pct(1), 10),
        (None, "时效指标", "补助资金发放完成时间", "2026年12月15日前", 10),
        (None, "成本指标", "人均交通补助标准", "≤1260元/人", 10),
        ("效益指标", "经济效益指标", "外出务工人员人均月收入增长率", "≥5%", 10),
        (None, "社会效益指标", "稳定就业人员占比", "≥70%", 15),
        (None, "可持续影响指标", "劳务协作对接机制", "健全", 15),
        ("满意度指标", "服务对象满意度指标", "受助人员满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    s.row("注：金额单位为万元，由元折算后四舍五入保留两位小数。", merge=[(1, 5)])
    return b


@variant("pa11-share-and-yuan-line", (12,), "one-year project, NAT-2021, shares beside the head "
         "amounts: 其他资金 60 of 300 shown as 25.0%; a detail line shown as 380,000.00元 in "
         "a 万元 block")  # fmt: skip
def pa11() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="中小学课后服务补助项目", dept="青岚市教育局（150）",
        unit="青岚市教育局", money=[
            ("年度资金总额", wan(300), "占比", pct(1, SHARE)),
            ("其中：财政拨款", wan(240), "占比", pct(0.8, SHARE)),
            ("其他资金", wan(60), "占比",
             mk(pct(0.25, SHARE), "B111", "error", note="60 ÷ 300 = 20.0%")),
        ],
        goals=["全年提供课后服务4万课时，覆盖全市义务教育学校，参与学生3.2万人以上，"
               "家长满意度达到90%以上。"],
    )  # fmt: skip
    detail(s, [
        ("课后服务教师补助", "4万课时×50元/课时", wan(200)),
        ("第三方课程服务采购", "引进非学科类课程服务",
         mk(money(380000, YUAN), "B105", "error", row=True, alt=("B110",),
            note="38万元 shown in 元 inside a 万元 block")),
        ("课后服务管理平台运维", "平台运行维护及数据服务", wan(62)),
    ], wan(300))  # fmt: skip
    b.file_mark("B102", "error", required=False, note="the 元 line makes the lines not add up")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "课后服务课时数", "≥4万课时"),
        (None, None, "参与课后服务学生数", "≥3.2万人"),
        (None, "质量指标", "义务教育学校课后服务覆盖率", pct(1)),
        (None, "时效指标", "补助资金拨付完成时间", "2026年12月20日前"),
        ("成本指标", "经济成本指标", "课后服务课时补助标准", "≤50元/课时"),
        ("效益指标", "社会效益指标", "学生课后服务参与率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pa12-bracket-note-prior-below", (12,), "one-year continuing project, OLD-NAT, "
         "指标性质 as direction and 指标方向 as operator: a detail amount written "
         "120（其中设备80）, 上年执行数 211.2 below 上年预算数 220 (correct)")  # fmt: skip
def pa12() -> Book:
    b, s = book("Sheet1", (16, 18, 30, 10, 10, 12, 12))
    project_head(
        s, year=2026, name="社区养老服务中心运营补助项目", dept="白沙河区民政局（121）",
        unit="白沙河区养老服务指导中心",
        money=one_year_money(wan(240), wan(200), wan(40)),
        goals=["2026年补助8个社区养老服务中心运营，完成8个中心适老化设施改造，全年提供助餐"
               "服务8000人次，服务老年人满意度达到90%以上。"],
    )  # fmt: skip
    prior_year(s, wan(220), wan(211.2))
    detail(s, [
        ("适老化设施改造", "8个中心适老化设施改造", "120（其中设备80）"),
        ("中心运营补助", "8个中心×10万元/个", wan(80)),
        ("助餐服务补贴", "8000人次×50元/人次", wan(40)),
    ], wan(240))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "补助社区养老服务中心数", "正向", "≥", 8, "个"),
        (None, None, "助餐服务人次", "正向", "≥", 8000, "人次"),
        (None, "质量指标", "适老化改造验收合格率", "正向", "≥", 95, "%"),
        (None, "时效指标", "运营补助按季度拨付及时率", "正向", "≥", 95, "%"),
        (None, "成本指标", "单个中心运营补助标准", "反向", "≤", 10, "万元/个"),
        (None, None, "助餐补贴标准", "反向", "≤", 50, "元/人次"),
        (None, None, "适老化设备购置费用", "反向", "≤", 80, "万元"),
        ("效益指标", "社会效益指标", "社区老年人服务覆盖率", "正向", "≥", 60, "%"),
        ("满意度指标", "服务对象满意度指标", "服务老年人满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "蓝思琪", "钟卫国", "0591-87540926")
    return b
