"""Returns of the network-renovation half: 供热管网改造 projects (yd01–yd06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout436.common import (
    DEPT,
    HEAD4,
    HEAT,
    YEAR,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout436.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("yd01-pipe-percent-cells", (1, 12),
         "project, OLD-NAT, operator column (指标性质), unit column, percent cells, 万元 in the "
         "number format (correct)")  # fmt: skip
def yd01() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="城区老旧供热管网改造工程", dept=DEPT, unit=HEAT,
                 money=one_year(2400, 2000, 400),
                 goals=["改造城区老旧一级供热管网8公里、二级管网15公里，更换老化阀门井60座，"
                        "降低管网失水率和热损失，保障本年度供暖季稳定运行。"])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "改造一级供热管网长度", "≥", 8, "公里"),
        (None, None, "改造二级供热管网长度", "≥", 15, "公里"),
        (None, None, "更换老化阀门井", "≥", 60, "座"),
        (None, "质量指标", "管道焊口无损探伤合格率", "=", pct(1), "%"),
        (None, None, "改造后管网失水率", "≤", pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "主体工程完工时间", "≤", day(YEAR, 10, 15, CN_DATE), None),
        (None, "成本指标", "一级管网改造单价", "≤", 150, "万元/公里"),
        (None, None, "二级管网改造单价", "≤", 60, "万元/公里"),
        ("效益指标", "经济效益指标", "年节约热源用煤量", "≥", 3200, "吨"),
        (None, "社会效益指标", "改造片区保障供热面积", "≥", 180, "万平方米"),
        (None, "生态效益指标", "减少二氧化碳排放量", "≥", 8300, "吨"),
        (None, "可持续影响指标", "改造管网设计使用年限", "≥", 30, "年"),
        ("满意度指标", "服务对象满意度指标", "改造片区热用户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "郑青禾", "0357-6021184", day(YEAR, 1, 12))
    return b


@variant("yd02-pipe-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns, cumulative counts below their "
         "period values, rates and unit costs equal (correct)")  # fmt: skip
def yd02() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="中心城区及建制镇供热管网延伸改造工程", dept=DEPT,
                 unit=HEAT, attr="新增项目",
                 money=multi_year((7200, 6000, 1200), (2600, 2200, 400)),
                 goals=["三年内改造和延伸供热管网42公里，新建智能换热站9座，"
                        "替代分散燃煤小锅炉，实现城区和三个建制镇集中供热全覆盖。",
                        "本年完成东片区管网改造15公里，新建换热站3座，"
                        "东片区居民冬季室温稳定达标。"])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, header, [
        ("产出指标", "数量指标", "供热管网改造长度", "≥42公里", "≥15公里"),
        (None, None, "新建智能换热站", "≥9座", "≥3座"),
        (None, "质量指标", "工程竣工验收合格率", "100%", "100%"),
        (None, "时效指标", "年度改造任务完成时间", "2027年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "管网改造综合单价", "≤160万元/公里", "≤160万元/公里"),
        ("效益指标", "社会效益指标", "新增集中供热覆盖面积", "≥260万平方米", "≥90万平方米"),
        (None, None, "改造片区供暖期室温达标率", "≥98%", "≥98%"),
        (None, "生态效益指标", "替代燃煤减少标准煤消耗", "≥1.8万吨", "≥0.6万吨"),
        (None, "可持续影响指标", "供热管网巡检维护制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "热用户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "郑青禾", "0357-6021184", day(YEAR, 1, 12))
    return b


@variant("yd03-pipe-period-wrong", (8, 11),
         "two-year project, OLD-NAT, 实施期 and 年度 columns: an annual count above its period "
         "count, a cumulative count copied, a heat-loss rate with ≥")  # fmt: skip
def yd03() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=2, name="老旧小区庭院供热管网及楼内立管改造", dept=DEPT,
                 unit="朔川县城镇供热服务中心",
                 money=multi_year((1500, 1200, 300), (780, 660, 120)),
                 goals=["两年完成城区48个老旧小区庭院管网24公里和楼内立管480个单元的改造。",
                        "本年完成24个小区庭院管网12公里改造。"])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")
    indicators(s, header, [
        ("产出指标", "数量指标", "改造庭院二级管网长度", "≥24公里", "≥12公里"),
        (None, None, "加装热计量表", "≥6000块",
         mk("≥7500块", "D201", "error", note="年度 7500 块超过两年合计 6000 块")),
        (None, None, "改造楼内供热立管单元数", "≥480个",
         mk("≥480个", "D202", "warning", note="两年累计数照抄到年度，年度目标写的只是一半")),
        (None, "质量指标", "改造工程一次验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度工程完工时间", "2026年10月20日前", "2025年10月20日前"),
        (None, "成本指标", "庭院管网改造单价", "≤55万元/公里", "≤55万元/公里"),
        ("效益指标", "社会效益指标", "改造小区室温达标率", "≥98%", "≥98%"),
        (None, "生态效益指标", "改造后二级管网热损失率",
         mk("≥8%", "T108", "warning", row=True, note="热损失率是反向指标，应为 ≤8%"),
         "≥8%"),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "温建川", "0357-6023370", day(YEAR, 1, 15))
    return b


@variant("yd04-pipe-money-wrong", (9, 12),
         "project, OLD-NAT, one value column, budget detail lines below the table: the total "
         "≠ 财政拨款 + 其他资金, a split number, an amount pasted twice")  # fmt: skip
def yd04() -> Book:
    b, s = start()
    total = mk(wan(1350), "B101", "error", row=True, note="1100 + 200 = 1300，明细合计也是 1300")
    project_head(s, year=YEAR, name="热源厂至南区一级供热主干管更新工程", dept=DEPT, unit=HEAT,
                 money=one_year(total, 1100, 200),
                 goals=["更换南区一级主干管4公里、支干管8.5公里，"
                        "消除主干管爆管隐患。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "更换一级主干管长度", "≥4公里"),
        (None, None, "更换支干管长度", "≥8.5公里"),
        (None, "质量指标", "管道试压一次合格率", "≥98%"),
        (None, "时效指标", "管道更换完成时间", "2025年9月30日前"),
        (None, "成本指标", "主干管更换单价", "≤140万元/公里"),
        ("效益指标", "社会效益指标", "南区供暖期爆管停热次数", "≤1次"),
        (None, "可持续影响指标", "更新管道设计使用年限", "≥30年"),
        ("满意度指标", "服务对象满意度指标", "南区热用户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("序号", "预算明细", "金额（万元）", "测算依据", None, None, merge=[(4, 6)])
    s.row(1, "主干管管材及安装", wan(560.25), "4公里，含焊口检测", merge=[(4, 6)])
    s.row(2, "支干管管材及安装",
          mk("385.337 5", "X105", "warning", alt=("X103",), note="数字被空格断开，读作 385.3375"),
          "8.5公里，含阀门及补偿器", merge=[(4, 6)])  # fmt: skip
    s.row(3, "路面破除及恢复",
          mk("265万265万", "X106", "error", alt=("B108",), note="金额粘贴了两次，读作 265"),
          "按市政道路恢复定额", merge=[(4, 6)])  # fmt: skip
    s.row(4, "监理、检测及其他", wan(89.4125), "按合同约定", merge=[(4, 6)])
    s.row("合计", None, wan(1300), None, merge=[(1, 2), (4, 6)])
    b.file_mark("B102", "error", required=False,
                note="明细合计 1300 与错写的资金总额 1350 不符，由同一错误引起")  # fmt: skip
    sign(s, "郑青禾", "0357-6021184", day(YEAR, 1, 12))
    return b


@variant("yd05-pipe-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
         "a rate raised in 百分点, a 下降率 with ≥ (correct)")  # fmt: skip
def yd05() -> Book:
    b, s = start(widths=(14, 8, 16, 30, 16, 8))
    project_head(s, year=YEAR, name="换热站自动化控制及水力平衡改造", dept=DEPT, unit=HEAT,
                 money=one_year(520, 450, 70),
                 goals=["完成12座换热站自控改造和340栋楼栋水力平衡调节，"
                        "降低单位面积耗热量。"])  # fmt: skip
    header = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, header, [
        ("产出指标", 45, "数量指标", "换热站自控改造数量", "≥12座", 15),
        (None, None, None, "加装楼栋平衡阀", "≥340个", 10),
        (None, None, "质量指标", "自控系统调试合格率", "≥98%", 10),
        (None, None, "时效指标", "改造完成时间", "2025年10月15日前", 10),
        ("成本指标", 15, "经济成本指标", "单站自控改造费用", "≤38万元/座", 15),
        ("效益指标", 30, "社会效益指标", "用户室温达标率较上年提高", "≥3百分点", 10),
        (None, None, "经济效益指标", "单位供热面积耗热量下降率", "≥5%", 10),
        (None, None, "可持续影响指标", "接入智慧供热平台的换热站比例", "≥80%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "热用户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    sign(s, "赵禹宁", "0357-6025516", day(YEAR, 1, 20))
    return b


@variant("yd06-pipe-points-wrong", (5, 10),
         "project, NAT-2021, numbered tier labels, tier-1 score column: two tier scores that do "
         "not match their indicators, a tier-2 under the wrong tier-1")  # fmt: skip
def yd06() -> Book:
    b, s = start(widths=(16, 8, 18, 30, 16, 8))
    project_head(s, year=YEAR, name="北区供热管网保温层修复工程", dept=DEPT, unit=HEAT,
                 money=one_year(380, 380, 0),
                 goals=["修复北区架空及地沟管网保温层11公里，降低管网散热损失。"])  # fmt: skip
    header = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, header, [
        ("一、产出指标", mk(45, "W103", "error", note="其下 15 + 10 + 10 + 5 = 40"),
         "（一）数量指标", "修复管网保温层长度", "≥11公里", 15),
        (None, None, "（二）质量指标", "保温层修复验收合格率", "≥98%", 10),
        (None, None, "（三）时效指标", "修复完成时间", "2025年9月30日前", 10),
        (None, None, mk("（四）社会效益指标", "F105", "error", note="社会效益属于效益指标"),
         "沿线居民停热投诉下降率", "≥20%", 5),
        ("二、成本指标", 15, "（一）经济成本指标", "保温层修复单价", "≤32万元/公里", 15),
        ("三、效益指标", mk(25, "W103", "error", note="其下 10 + 10 + 10 = 30"),
         "（一）经济效益指标", "年减少管网散热损失折标煤", "≥900吨", 10),
        (None, None, "（二）生态效益指标", "减少二氧化碳排放量", "≥2300吨", 10),
        (None, None, "（三）可持续影响指标", "保温层修复后使用年限", "≥15年", 10),
        ("四、满意度指标", 15, "（一）服务对象满意度指标", "北区热用户满意度", "≥90%", 15),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值合计100分，三级指标分值合计100分。")
    sign(s, "赵禹宁", "0357-6025516", day(YEAR, 1, 20))
    return b
