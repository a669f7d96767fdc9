"""Mobile registration services: 流动办证车, 上门办证, 校园集中采集, 移动采集终端 and village
代办点 (kgg07–kgg12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout855.common import HEAD, indicators, one_year, start, wan
from tests.variants.holdout855.registry import variant
from tests.variants.kit import Book, Sheet, mk


def _stacked_van(s: Sheet) -> None:
    project_head(
        s,
        year=2026,
        name="流动办证车运行维护",
        dept="澜屿市公安局（110009）",
        unit="澜屿市公安局人口管理支队",
        money=one_year(36, 36, 0),
        goals=["全年流动办证车下乡出车96次，流动受理居民身份证3000张，偏远群众办证不出乡镇。"],
        title="",
    )
    rows = [
        ("产出指标", "数量指标", "流动办证车出车次数", "≥96次"),
        (None, None, "流动受理身份证数量", "≥3000张"),
        (None, "质量指标", "车载设备完好率", "≥95%"),
        (None, "时效指标", "出车计划按期执行率", "≥95%"),
        (None, "成本指标", "单次出车运行成本", "≤3000元/次"),
        ("效益指标", "社会效益指标", "偏远群众办证往返次数", "≤1次"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD, rows)


def _stacked_home(s: Sheet) -> None:
    project_head(
        s,
        year=2026,
        name="失能老人及重度残疾人上门办证服务",
        dept="澜屿市公安局（110009）",
        unit="澜屿市公安局人口管理支队",
        money=one_year(18, 18, 0),
        goals=["全年上门办证1200人次（其中失能老人800人次、重度残疾人400人次），做到应办尽办。"],
        title="",
    )
    rows = [
        ("产出指标", "数量指标", "上门办证服务人次", "≥1200人次"),
        (None, None, "其中：失能老人上门服务人次", "≥800人次"),
        (None, "质量指标", "上门受理材料合格率", "≥99%"),
        (None, "时效指标", "预约后上门响应时限", "≤3个工作日"),
        (None, "成本指标", "单次上门服务成本", "≤120元/人次"),
        ("效益指标", "社会效益指标", "特殊群体证件有效持有率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%"),
    ]  # fmt: skip
    indicators(s, HEAD, rows)


def _stacked_school(s: Sheet) -> None:
    project_head(
        s,
        year=2026,
        name="中学生身份证校园集中采集",
        dept="澜屿市公安局（110009）",
        unit="澜屿市公安局各派出所",
        money=one_year(12, 10, 2),
        goals=["为辖区28所中学在校学生集中采集办理首次申领居民身份证约5000张。"],
        title="",
    )
    rows = [
        ("产出指标", "数量指标", "集中采集学校数量", "≥28所"),
        (None, None, "首次申领受理数量", "≥5000张"),
        (None, "质量指标", "采集照片合格率", "≥98%"),
        (None, "时效指标", "校园采集完成时间", "2026年10月31日前"),
        (None, "成本指标", "人均采集成本", "≤20元/人"),
        ("效益指标", "社会效益指标", "在校学生身份证持证率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD, rows)


@variant(
    "kgg07-mobile-stacked-three",
    (2,),
    "three projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction name "
    "with different values, a goal count with its parts in brackets (correct)",
)
def mobile_stacked_three() -> Book:
    b, s = start()
    s.title("2026年度项目支出绩效目标申报表（流动办证服务）", 6)
    for part in (_stacked_van, _stacked_home, _stacked_school):
        part(s)
        s.skip()
    return b


@variant(
    "kgg08-mobile-stacked-defects",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: a count the goal states otherwise, the "
    "second project's money parts off their total, the same indicator twice with two values",
)
def mobile_stacked_defects() -> Book:
    b, s = start()
    s.title("2026年度项目支出绩效目标申报表", 6)
    project_head(
        s,
        year=2026,
        name="流动办证车下乡服务",
        dept="榆湾区公安分局（207003）",
        unit="榆湾区公安分局户政科",
        money=one_year(30, 30, 0),
        goals=["全年流动办证车出车96次，覆盖全区9个乡镇，流动受理证件2500张。"],
        title="",
    )
    trips = mk("≥120次", "D104", "warning", row=True, note="年度目标写全年出车96次")
    rows = [
        ("产出指标", "数量指标", "流动办证车出车次数", trips),
        (None, None, "覆盖乡镇数量", "≥9个"),
        (None, None, "流动受理证件数量", "≥2500张"),
        (None, "质量指标", "流动受理材料合格率", "≥98%"),
        (None, "成本指标", "单次出车运行成本", "≤2000元/次"),
        ("效益指标", "社会效益指标", "乡镇群众办证往返次数", "≤1次"),
        ("满意度指标", "服务对象满意度指标", "乡镇群众满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD, rows)
    s.skip()
    total = mk(wan(24), "B101", "error", note="财政拨款18 + 其他资金4 = 22，与资金总额24不符")
    project_head(
        s,
        year=2026,
        name="行动不便群众上门办证服务",
        dept="榆湾区公安分局（207003）",
        unit="榆湾区公安分局户政科",
        money=one_year(total, 18, 4),
        goals=["全年为行动不便群众上门办证800人次，预约后3个工作日内上门。"],
        title="",
    )
    again = mk("≥600人次", "D102", "error", row=True, alt=("D103", "D101"),
               note="与上文“上门办证服务人次 ≥800人次”同名，指标值不同")  # fmt: skip
    twin = mk("上门办证服务人次", "F201", "warning", row=True, required=False,
              note="数量填在社会效益下：同一行已按D102标出")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "上门办证服务人次", "≥800人次"),
        (None, "质量指标", "上门受理材料合格率", "≥99%"),
        (None, "时效指标", "预约后上门响应时限", "≤3个工作日"),
        (None, "成本指标", "单次上门服务成本", "≤250元/人次"),
        ("效益指标", "社会效益指标", twin, again),
        ("满意度指标", "服务对象满意度指标", "上门服务对象满意度", "≥95%"),
    ]  # fmt: skip
    indicators(s, HEAD, rows)
    return b


@variant(
    "kgg09-mobile-points",
    (10, 5),
    "project, NAT-2021, tier labels with numbers and points (一、产出指标（40分）) and an "
    "indicator score column, both adding to 100, a rate raised in 百分点 (correct)",
)
def mobile_points() -> Book:
    b, s = start()
    goal = (
        "配置移动采集终端40台，全年移动受理居住证申领12000件，流动人口居住证持证率提高3个百分点。"
    )
    project_head(
        s,
        year=2026,
        name="流动人口居住证移动办理服务",
        dept="棠舟县公安局（402017）",
        unit="棠舟县公安局流动人口服务管理中心",
        money=one_year(48, 40, 8),
        goals=[goal],
    )
    rows = [
        ("一、产出指标（40分）", "数量指标", "配置移动采集终端数量", "≥40台", 10),
        (None, None, "移动受理居住证申领件数", "≥12000件", 10),
        (None, "质量指标", "移动采集信息准确率", "≥99%", 10),
        (None, "时效指标", "居住证制发时限", "≤10个工作日", 10),
        ("二、成本指标（10分）", "经济成本指标", "移动采集终端单台成本", "≤0.9万元/台", 10),
        ("三、效益指标（30分）", "社会效益指标", "流动人口居住证持证率", "提高≥3百分点", 15),
        (None, None, "群众办证平均跑动次数", "≤1次", 15),
        ("四、满意度指标（20分）", "服务对象满意度指标", "流动人口办证满意度", "≥90%", 20),
        ("合计", None, None, None, 100),
    ]  # fmt: skip
    indicators(s, (*HEAD, "分值"), rows)
    return b


@variant(
    "kgg10-mobile-points-defects",
    (10, 5),
    "project, NAT-2021, tier labels with points and an indicator score column: a tier's "
    "indicator scores off its points, a satisfaction rate under 社会效益指标",
)
def mobile_points_defects() -> Book:
    b, s = start()
    goal = "全年为失能、半失能群众及重度残疾人上门办证1500人次，上门服务对象满意度90%以上。"
    project_head(
        s,
        year=2026,
        name="特殊群体上门办证及移动警务服务",
        dept="澜屿市公安局（110009）",
        unit="澜屿市公安局人口管理支队",
        money=one_year(40, 40, 0),
        goals=[goal],
    )
    tier = mk("产出指标（50分）", "W103", "error", alt=("W101",),
              note="其下各指标分值 15 + 10 + 10 + 10 = 45，不是50")  # fmt: skip
    b.file_mark("W101", "error", required=False, note="合计95分：同一个问题，已在W103标出")
    misplaced = mk("上门服务对象满意度", "F201", "warning",
                   note="满意度指标填在社会效益指标下")  # fmt: skip
    rows = [
        (tier, "数量指标", "上门办证服务人次", "≥1500人次", 15),
        (None, None, "移动警务服务点数量", "≥12个", 10),
        (None, "质量指标", "上门受理材料合格率", "≥99%", 10),
        (None, "时效指标", "预约后上门响应时限", "≤3个工作日", 10),
        ("成本指标（10分）", "经济成本指标", "单次上门服务成本", "≤200元/人次", 10),
        ("效益指标（30分）", "社会效益指标", "特殊群体证件有效持有率", "≥98%", 20),
        (None, None, misplaced, "≥90%", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "办证群众满意度", "≥92%", 10),
    ]  # fmt: skip
    indicators(s, (*HEAD, "分值"), rows)
    return b


@variant(
    "kgg11-mobile-direction-words",
    (11, 7),
    "project, NAT-2021, header 考核指标 and 目标值（年度）, 指标性质 as direction, 指标方向 as "
    "operator in words, bare numbers with a unit column, a 下降率 with 大于等于 (correct)",
)
def mobile_direction_words() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="乡村警务室户籍业务代办点建设",
        dept="汀苇县公安局（318001）",
        unit="汀苇县公安局户政管理大队",
        money=one_year(26, 20, 6),
        goals=["在全县11个乡镇警务室设立户籍业务代办点，全年代办户籍业务4000件。"],
    )
    rows = [
        ("产出指标", "数量指标", "设立户籍代办点数量", "正向", "大于等于", 11, "个"),
        (None, None, "代办户籍业务件数", "正向", "大于等于", 4000, "件"),
        (None, "质量指标", "代办材料退回率", "反向", "小于等于", 3, "%"),
        (None, "时效指标", "代办业务流转时限", "反向", "小于等于", 3, "个工作日"),
        ("成本指标", "经济成本指标", "单个代办点建设成本", "反向", "小于等于", 2, "万元/个"),
        ("效益指标", "社会效益指标", "群众往返县城办证次数下降率", "正向", "大于等于", 40, "%"),
        (None, "可持续影响指标", "代办点持续运行年限", "正向", "大于等于", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "代办群众满意度", "正向", "大于等于", 90, "%"),
    ]  # fmt: skip
    head = (
        "一级指标",
        "二级指标",
        "考核指标",
        "指标性质",
        "指标方向",
        "目标值（年度）",
        "计量单位",
    )
    indicators(s, head, rows)
    return b


@variant(
    "kgg12-mobile-campus-template",
    (6, 13, 7),
    "project, NAT-2021, header 预期目标: a value left without its name, a deadline the goal "
    "states otherwise",
)
def mobile_campus_template() -> Book:
    b, s = start()
    goal = "2026年9月30日前完成辖区3所高校新生集体户口迁入登记约7500人，实现新生户口迁移“零跑腿”。"
    project_head(
        s,
        year=2026,
        name="高校新生集体户口迁移上门服务",
        dept="榆湾区公安分局（207003）",
        unit="榆湾区公安分局户政科",
        money=one_year(15, 15, 0),
        goals=[goal],
    )
    nameless = mk(None, "F110", "error", note="填了“≥3所”，三级指标名称却空着")
    late = mk("2026年11月30日前", "D104", "warning", row=True, note="年度目标写9月30日前完成")
    rows = [
        ("产出指标", "数量指标", "集体户口迁入登记人数", "≥7500人"),
        (None, None, nameless, "≥3所"),
        (None, "质量指标", "迁移登记信息准确率", "≥99%"),
        (None, "时效指标", "集体户口迁入办理完成时间", late),
        ("成本指标", "经济成本指标", "人均办理成本", "≤20元/人"),
        ("效益指标", "社会效益指标", "新生户口迁移到校办理率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "新生及家长满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    return b
