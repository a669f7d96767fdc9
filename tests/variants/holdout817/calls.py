"""Call handling (话务受理): keu01 to keu06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout817.common import CENTER, DEPT, funds, indicators, sign, start
from tests.variants.holdout817.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值", "计量单位")


@variant(
    "keu01-answer-rate-percent",
    (1, 7),
    "project, OLD-NAT, operator column (指标性质), header 绩效目标值, unit column, "
    "percent cells, a 下降率 with ≥ (correct)",
)
def answer_rate() -> Book:
    b, s = start()
    project_head(s, year=2026, name="热线人工话务受理服务", dept=DEPT, unit=CENTER,
                 money=funds(260, 240, 20),
                 goals=["全年人工接听市民来电不少于150万个，15秒接通率达到90%以上，"
                        "重复来电较上年下降5%以上。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "人工接听来电量", "≥", 150, "万个"),
        (None, None, "话务坐席在岗数", "≥", 120, "个"),
        (None, "质量指标", "15秒接通率", "≥", pct(0.9), "%"),
        (None, None, "通话质检合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "平均接通等待时长", "≤", 15, "秒"),
        (None, "成本指标", "单个来电话务成本", "≤", 1.6, "元/个"),
        ("效益指标", "社会效益指标", "重复来电下降率", "≥", pct(0.05), "%"),
        (None, None, "市民诉求直接解答率", "≥", pct(0.7), "%"),
        (None, "可持续影响指标", "话务知识库更新次数", "≥", 12, "次"),
        ("满意度指标", "服务对象满意度指标", "来电市民满意度", "≥", pct(0.9), "%"),
    ], header=OPS)  # fmt: skip
    sign(s, "林书遥", "0591-7312 4408", day(2025, 11, 14))
    return b


@variant(
    "keu02-seat-expansion",
    (7, 12),
    "project, OLD-NAT, headers 考核指标 / 目标值（年度）: money parts short of the total, "
    "a training count below the goal's, unit cost × seats above the money",
)
def seat_expansion() -> Book:
    b, s = start()
    total = mk(money(120, '0.00"万元"'), "B101", "error", note="100 + 10 = 110 ≠ 120")
    project_head(s, year=2026, name="热线话务坐席扩容", dept=DEPT, unit=CENTER,
                 attr="一次性项目", money=funds(total, 100, 10),
                 goals=["新增话务坐席40个，完成新坐席话务员岗前培训120人次，"
                        "扩容后高峰时段接通率达到85%以上。"])  # fmt: skip
    short = mk("≥80人次", "D104", "warning", row=True, note="年度目标写培训120人次")
    cost = mk("≤3.5万元/个", "B107", "warning", row=True,
              note="3.5万元 × 40个 = 140万元，超过年度资金120万元")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "新增话务坐席", "≥40个"),
        (None, None, "话务员岗前培训", short),
        (None, "质量指标", "高峰时段接通率", "≥85%"),
        (None, None, "坐席设备验收合格率", "=100%"),
        (None, "时效指标", "坐席扩容完成时间", "2026年9月30日前"),
        (None, "成本指标", "坐席设备购置单价", cost),
        ("效益指标", "社会效益指标", "高峰时段来电放弃率", "≤8%"),
        ("满意度指标", "服务对象满意度指标", "来电市民满意度", "≥90%"),
    ], header=("一级指标", "二级指标", "考核指标", "目标值（年度）"))  # fmt: skip
    sign(s, "周砚秋", "0591-7312 4415", day(2025, 11, 21))
    return b


@variant(
    "keu03-platform-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, a year's "
    "count above the period's, a cumulative count copied",
)
def platform() -> Book:
    b, s = start()
    goal = (
        "建成全市统一的智能话务平台，接入区级分中心10个，知识库新增条目3000条，"
        "智能应答占比达到30%。"
    )
    project_head(s, year=2026, years=3, name="智能话务平台建设", dept=DEPT, unit=CENTER,
                 attr="新增项目", money=funds(300, 260, 40, period=(900, 800, 100)),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="三年期项目，年度目标照抄中期目标")])  # fmt: skip
    over = mk("≥12个", "D201", "error", note="年度12个多于三年的10个")
    copied = mk("≥3000条", "D202", "warning", note="三年累计条目照抄为一年的值")
    indicators(s, [
        ("产出指标", "数量指标", "区级分中心接入数", "≥10个", over),
        (None, None, "知识库新增条目", "≥3000条", copied),
        (None, None, "话务员智能辅助培训", "≥600人次", "≥200人次"),
        (None, "质量指标", "智能应答准确率", "≥90%", "≥85%"),
        (None, "时效指标", "平台上线时间", "2028年6月30日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "平台建设成本", "≤900万元", "≤300万元"),
        ("效益指标", "社会效益指标", "智能应答占比", "≥30%", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "来电市民满意度", "≥90%", "≥88%"),
    ], header=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))  # fmt: skip
    return b


@variant(
    "keu04-training-two-years-points",
    (8, 10),
    "two-year project, NAT-2021, 中期 and 年度 columns and an indicator score column, tier "
    "points in the labels (100 both ways), a rate raised in 百分点, a later year prepared for "
    "(correct)",
)
def training() -> Book:
    b, s = start()
    project_head(s, year=2026, years=2, name="话务员能力提升", dept=DEPT, unit=CENTER,
                 money=funds(80, 75, 5, period=(160, 150, 10)),
                 goals=["两年轮训话务员1200人次（每年600人次），来电一次解答率提高5个百分点，"
                        "为2028年全市热线并网积累话务规范。",
                        "2026年轮训话务员600人次，一次解答率提高2个百分点，"
                        "完成话务规范第一版。"])  # fmt: skip
    indicators(s, [
        ("产出指标（50分）", "数量指标", "话务员轮训", "≥1200人次", "≥600人次", 20),
        (None, None, "话务规范编制", "≥2套", "≥1套", 10),
        (None, "质量指标", "培训考核合格率", "≥95%", "≥95%", 10),
        (None, "时效指标", "年度轮训完成时间", "2027年11月30日前", "2026年11月30日前", 10),
        ("成本指标（10分）", "经济成本指标", "人均培训成本", "≤1250元/人次", "≤1250元/人次", 10),
        ("效益指标（30分）", "社会效益指标", "来电一次解答率提高", "≥5百分点", "≥2百分点", 15),
        (None, "可持续影响指标", "话务规范覆盖坐席比例", "=100%", "≥60%", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "来电市民满意度", "≥90%", "≥90%", 10),
    ], header=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "分值"))  # fmt: skip
    sign(s, "林书遥", "0591-7312 4408", day(2025, 11, 14))
    return b


@variant(
    "keu05-stacked-outsourcing",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
    "indicator with different values, unit cost × count equal to the money (correct)",
)
def stacked() -> Book:
    b, s = start()
    project_head(s, year=2026, name="热线话务外包服务", dept=DEPT, unit=CENTER,
                 money=funds(480, 480, 0),
                 goals=["外包话务坐席60个，全年接听来电70万个以上，"
                        "诉求转办准确率98%以上。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "外包话务坐席", "≥60个"),
        (None, None, "外包坐席年接听来电", "≥70万个"),
        (None, "质量指标", "通话质检合格率", "≥95%"),
        (None, "时效指标", "工单转派时限", "≤30分钟"),
        (None, "成本指标", "每坐席年服务费", "≤8万元/个"),
        ("效益指标", "社会效益指标", "诉求转办准确率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "来电市民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="热线知识库运维", dept=DEPT, unit=CENTER, title="",
                 money=funds(60, 60, 0),
                 goals=["全年更新知识条目1500条以上，政策文件2个工作日内入库。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "知识库条目更新", "≥1500条"),
        (None, "质量指标", "知识条目审核通过率", "≥98%"),
        (None, "时效指标", "政策更新入库时限", "≤2个工作日"),
        (None, "成本指标", "每条目维护成本", "≤400元/条"),
        ("效益指标", "社会效益指标", "坐席知识库检索命中率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "来电市民满意度", "≥88%"),
        (None, None, "话务员对知识库满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "周砚秋", "0591-7312 4415", day(2025, 11, 21))
    return b


@variant(
    "keu06-stacked-transcription",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the second project's money parts short "
    "of its total, a goal left from 2024, the same count twice with different values",
)
def stacked_wrong() -> Book:
    b, s = start()
    project_head(s, year=2026, name="夜间及节假日话务值守", dept=DEPT, unit=CENTER,
                 money=funds(96, 96, 0),
                 goals=["夜间及法定节假日保持话务坐席不少于20个，"
                        "值守时段接通率85%以上。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "值守时段在岗坐席", "≥20个"),
        (None, "质量指标", "值守时段接通率", "≥85%"),
        (None, "时效指标", "紧急诉求转派时限", "≤10分钟"),
        (None, "成本指标", "值守坐席年均成本", "≤4.8万元/个"),
        ("效益指标", "社会效益指标", "夜间紧急诉求按时转派率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "来电市民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(45, '0.00"万元"'), "B101", "error", note="30 + 10 = 40 ≠ 45")
    old = mk("2024年完成来电录音转写不少于80万通，转写准确率达到95%。", "Y103", "warning",
             alt=("Y101",), note="2026年度的表里年度目标写2024年，上年度文本未改")  # fmt: skip
    project_head(s, year=2026, name="来电语音转写服务", dept=DEPT, unit=CENTER, title="",
                 money=funds(total, 30, 10), goals=[old])  # fmt: skip
    twice = mk("≥60万通", "D102", "error", row=True, alt=("D103",),
               note="与上一行“来电录音转写数量 ≥80万通”是同一指标")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "来电录音转写数量", "≥80万通"),
        (None, None, "来电录音转写量", twice),
        (None, "质量指标", "转写准确率", "≥95%"),
        (None, "时效指标", "录音转写完成时限", "≤24小时"),
        (None, "成本指标", "每通转写成本", "≤0.5元/通"),
        ("效益指标", "社会效益指标", "工单信息补录减少率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "话务员对转写服务满意度", "≥85%"),
    ])  # fmt: skip
    return b
