"""Jasmine gardens for scented tea: planting, upgrading and keeping 茉莉 gardens (kab01, kab02,
kab04 correct; kab10, kab11, kab14 with planted mistakes)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout694.common import HEAD, TWO, funds, indicators, sign, start
from tests.variants.holdout694.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "香垅县农业农村局（317004）"
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("kab01-garden-percent", (1, 12),
         "project, NAT-2021, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a 下降率 with ≥, a goal count with its part in brackets "
         "(correct)")  # fmt: skip
def kab01() -> Book:
    b, s = start()
    project_head(s, year=2026, name="香垅县茉莉标准化茶园建设补助", dept=DEPT,
                 unit="香垅县茶叶技术推广站", money=funds(180, 150, 30),
                 goals=["2026年在窨溪镇、素馨乡新建及改造茉莉标准化茶园320亩（其中改造老园"
                        "120亩），每亩补助不超过0.5万元，带动种植户140户，鲜花亩产达到900公斤"
                        "以上。"])  # fmt: skip
    indicators(s, OPS, [
        ["成本指标", "经济成本指标", "亩均建园补助标准", "≤", 0.5, "万元/亩"],
        ["产出指标", "数量指标", "新建及改造茉莉茶园面积", "≥", 320, "亩"],
        [None, None, "老茶园改造面积", "≥", 120, "亩"],
        [None, None, "带动种植户数", "≥", 140, "户"],
        [None, "质量指标", "茶园种苗成活率", "≥", pct(0.95), "%"],
        [None, None, "茉莉鲜花亩产", "≥", 900, "公斤"],
        [None, "时效指标", "建园任务完成时间", "≤", day(2026, 10, 31, CN_DATE), None],
        ["效益指标", "经济效益指标", "种植户亩均增收", "≥", 1200, "元"],
        [None, "生态效益指标", "茶园化学农药使用量下降率", "≥", pct(0.1), "%"],
        [None, "可持续影响指标", "茶园管护制度", None, "建立并执行", None],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"],
    ])  # fmt: skip
    sign(s, "韦晓芸", "0759-6630217", day(2025, 11, 26, CN_DATE))
    return b


@variant("kab02-garden-three-year", (8,),
         "three-year project 2026-2028, NAT-2021, 中期 and 年度 columns, period counts three "
         "times the year's, rates and unit costs equal in both (correct)")  # fmt: skip
def kab02() -> Book:
    b, s = start()
    project_head(s, year=2026, years=3, name="素馨乡茉莉茶园提质三年行动", dept=DEPT,
                 unit="素馨乡农业综合服务中心", attr="新增项目",
                 money=funds(540, 450, 90, annual=(180, 150, 30)),
                 goals=["2026—2028年改造低产茉莉园900亩，建设鲜花分级点6个，培训花农1500人次。",
                        "2026年改造低产茉莉园300亩，建设鲜花分级点2个，"
                        "培训花农500人次。"])  # fmt: skip
    indicators(s, TWO, [
        ["成本指标", "经济成本指标", "低产园改造亩均补助", "≤0.45万元/亩", "≤0.45万元/亩"],
        ["产出指标", "数量指标", "低产茉莉园改造面积", "≥900亩", "≥300亩"],
        [None, None, "鲜花分级点建设数量", "≥6个", "≥2个"],
        [None, None, "花农技术培训", "≥1500人次", "≥500人次"],
        [None, "质量指标", "改造园验收合格率", "≥95%", "≥95%"],
        [None, "时效指标", "年度改造任务完成时间", "2028年11月底前", "2026年11月底前"],
        ["效益指标", "经济效益指标", "改造园鲜花亩产增幅", "≥15%", "≥5%"],
        [None, "可持续影响指标", "分级点持续运营年限", "≥5年", "≥5年"],
        ["满意度指标", "服务对象满意度指标", "花农满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    sign(s, "覃立本", "0759-6652038", day(2025, 12, 3, CN_DATE))
    return b


@variant("kab04-garden-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, 花农满意度 in both with "
         "different values, a unit cost × area equal to its money (correct)")  # fmt: skip
def kab04() -> Book:
    b, s = start()
    project_head(s, year=2026, name="杏湾村茉莉茶园滴灌改造", dept=DEPT,
                 unit="窨溪镇杏湾村民委员会", money=funds(64, 64, 0),
                 goals=["2026年为杏湾村茉莉茶园400亩铺设滴灌，缓解伏旱期缺水，"
                        "稳定鲜花产量。"])  # fmt: skip
    indicators(s, HEAD, [
        ["产出指标", "数量指标", "滴灌改造茶园面积", "≥400亩"],
        [None, "质量指标", "滴灌设施验收合格率", "≥95%"],
        [None, "时效指标", "滴灌铺设完成时间", "2026年5月31日前"],
        [None, "成本指标", "滴灌亩均改造成本", "≤0.16万元/亩"],
        ["效益指标", "经济效益指标", "伏旱期鲜花减产幅度", "≤10%"],
        ["满意度指标", "服务对象满意度指标", "花农满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="窨溪镇茉莉鲜花冷链收储点建设", dept=DEPT, title="",
                 unit="窨溪镇农业综合服务中心", attr="新增项目", money=funds(96, 80, 16),
                 goals=["2026年建设鲜花冷链收储点2座，日收储鲜花能力达到30吨。"])  # fmt: skip
    indicators(s, HEAD, [
        ["产出指标", "数量指标", "建设冷链收储点", "≥2座"],
        [None, None, "日收储鲜花能力", "≥30吨"],
        [None, "质量指标", "收储鲜花完好率", "≥97%"],
        [None, "时效指标", "收储点投入使用时间", "2026年4月30日前"],
        [None, "成本指标", "单座收储点建设成本", "≤45万元/座"],
        ["效益指标", "社会效益指标", "收储点服务花农户数", "≥300户"],
        ["满意度指标", "服务对象满意度指标", "花农满意度", "≥92%"],
    ])  # fmt: skip
    sign(s, "莫巧玲", "0759-6617725", day(2026, 1, 8, CN_DATE))
    return b


@variant("kab10-garden-goal-area", (12,),
         "project, NAT-2021, one value column: the goal's area against the indicator's, a unit "
         "cost × area above the money, 财政拨款 + 其他资金 short of the total")  # fmt: skip
def kab10() -> Book:
    b, s = start()
    total = mk(200, "B101", "error", row=True, note="150 + 40 = 190 ≠ 200 in both columns")
    project_head(s, year=2026, name="香垅县茉莉茶园扩种补助", dept=DEPT,
                 unit="香垅县茶叶技术推广站", money=funds(total, 150, 40),
                 goals=["2026年在香垅县东片新扩种茉莉茶园260亩，每亩补助不超过0.8万元，带动"
                        "种植户85户增收。"])  # fmt: skip
    area = mk("≥300亩", "D104", "warning", row=True,
              note="the goal says 260亩, the indicator 300亩")  # fmt: skip
    cost = mk("≤0.8万元/亩", "B107", "warning", row=True,
              note="0.8万元/亩 × 300亩 = 240万元 > 年度资金 200万元")  # fmt: skip
    indicators(s, HEAD, [
        ["成本指标", "经济成本指标", "亩均扩种补助", cost],
        ["产出指标", "数量指标", "扩种茉莉茶园面积", area],
        [None, None, "带动种植户数", "≥85户"],
        [None, "质量指标", "扩种茶苗成活率", "≥93%"],
        [None, "时效指标", "扩种任务完成时间", "2026年9月30日前"],
        ["效益指标", "经济效益指标", "扩种户户均增收", "≥3000元"],
        [None, "生态效益指标", "扩种园绿肥套种率", "≥60%"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "黎宝珊", "0759-6630294", day(2025, 11, 28, CN_DATE))
    return b


@variant("kab11-garden-germplasm-years", (8,),
         "two-year project 2026-2027, NAT-2021, 中期 and 年度 columns: a year's count above the "
         "period's, a deadline left from last season, 中期目标 copied into 年度目标")  # fmt: skip
def kab11() -> Book:
    b, s = start()
    goal = ("建成香垅县茉莉花种质资源圃，系统收集保存本地及引进茉莉种质，为窨制茶用花品种选育"
            "提供材料。")  # fmt: skip
    project_head(s, year=2026, years=2, name="窨溪镇茉莉花种质资源圃建设", dept=DEPT,
                 unit="香垅县茶叶技术推广站", attr="新增项目",
                 money=funds(300, 250, 50, annual=(160, 130, 30)),
                 goals=[goal, mk(goal, "D204", "warning", note="年度目标 = 中期目标")])  # fmt: skip
    indicators(s, TWO, [
        ["成本指标", "经济成本指标", "资源圃亩均建设成本", "≤2万元/亩", "≤2万元/亩"],
        ["产出指标", "数量指标", "资源圃建设面积", "≥60亩", "≥40亩"],
        [None, None, "收集保存茉莉种质份数", "≥120份",
         mk("≥150份", "D201", "error", note="the year's 150份 exceeds the period's 120份")],
        [None, "质量指标", "种质保存成活率", "≥95%", "≥95%"],
        [None, "时效指标", "资源圃一期建成时间", "2027年6月底前",
         mk("2025年10月底前", "Y102", "error", alt=("Y101", "Y103"),
            note="2025 is before the project starts (2026-01-01): last season's deadline")],
        ["效益指标", "可持续影响指标", "种质资源共享单位", "≥5家", "≥3家"],
        ["满意度指标", "服务对象满意度指标", "茶企及花农满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    sign(s, "覃立本", "0759-6652038", day(2025, 12, 3, CN_DATE))
    return b


@variant("kab14-garden-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the first's goal tonnage against its "
         "indicator and one indicator twice, the second's money not adding up")  # fmt: skip
def kab14() -> Book:
    b, s = start()
    project_head(s, year=2026, name="素馨乡茉莉鲜花保底收购补助", dept=DEPT,
                 unit="素馨乡农业综合服务中心", money=funds(120, 120, 0),
                 goals=["2026年对全乡茉莉鲜花实行保底收购，收购鲜花不少于600吨，每吨补助不超过"
                        "0.15万元，签约花农260户。"])  # fmt: skip
    indicators(s, HEAD, [
        ["产出指标", "数量指标", "鲜花保底收购量",
         mk("≥800吨", "D104", "warning", row=True, note="the goal says 600吨")],
        [None, None, "保底收购签约花农户数", "≥260户"],
        [None, None, "保底收购签约花农户数",
         mk("≥260户", "D101", "warning", row=True, alt=("D103",), note="the row above again")],
        [None, "质量指标", "收购鲜花等级评定准确率", "≥95%"],
        [None, "时效指标", "收购款结算周期", "≤7天"],
        [None, "成本指标", "每吨鲜花保底补助", "≤0.15万元/吨"],
        ["效益指标", "经济效益指标", "签约花农户均增收", "≥2000元"],
        ["满意度指标", "服务对象满意度指标", "签约花农满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    total = mk(85, "B101", "error", row=True, note="60 + 20 = 80 ≠ 85 in both columns")
    project_head(s, year=2026, name="杏湾村茉莉茶园机耕路修缮", dept=DEPT, title="",
                 unit="窨溪镇杏湾村民委员会", money=funds(total, 60, 20),
                 goals=["2026年修缮茉莉茶园机耕路9公里，方便鲜花运输。"])  # fmt: skip
    indicators(s, HEAD, [
        ["产出指标", "数量指标", "修缮机耕路里程", "≥9公里"],
        [None, "质量指标", "修缮路段验收合格率", "≥95%"],
        [None, "时效指标", "修缮完成时间", "2026年3月31日前"],
        [None, "成本指标", "每公里修缮成本", "≤8万元/公里"],
        ["效益指标", "社会效益指标", "受益花农户数", "≥180户"],
        ["满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "莫巧玲", "0759-6617725", day(2026, 1, 8, CN_DATE))
    return b
