"""Sea turtle rescue returns (xc01–xc06): percent cells, points at two levels, tier labels."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout409.common import YEAR, funds, notes, sign, start, table
from tests.variants.holdout409.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

DEPT = "鹭汀市海洋与渔业局（217003）"
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("xc01-percent-cells", (1, 12),
         "project, NAT-2021, operator and unit columns, typed percent cells, 万元 only in the "
         "number format (correct)")  # fmt: skip
def percent_cells() -> Book:
    b, s = start()
    w = [money(v, WAN) for v in (64, 60, 4)]
    project_head(s, year=YEAR, name="受伤搁浅海龟救治与放归项目", dept=DEPT,
                 unit="潮音湾海龟救护中心", money=funds(*w),
                 goals=["全年救治受伤及搁浅海龟120只以上，康复个体经评估后放归，"
                        "开展海龟保护科普宣传。"])  # fmt: skip
    table(s, OPS, [
        ("成本指标", "经济成本指标", "单只海龟平均救治成本", "≤", 0.5, "万元/只"),
        ("产出指标", "数量指标", "救治受伤及搁浅海龟数量", "≥", 120, "只"),
        (None, None, "康复海龟放归数量", "≥", 80, "只"),
        (None, "质量指标", "救治成功率", "≥", pct(0.75), "%"),
        (None, None, "放归个体标记率", "=", pct(1), "%"),
        (None, "时效指标", "接报后到场时间", "≤", 2, "小时"),
        ("效益指标", "生态效益指标", "救护海龟死亡率", "≤", pct(0.2), "%"),
        (None, "社会效益指标", "海龟保护科普受众", "≥", 3000, "人次"),
        (None, "可持续影响指标", "救护档案完整率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "渔民及报警群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "陈澜", "0596-3318207")
    return b


@variant("xc02-percent-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns: a typed percent above 100 % on a capped "
         "rate, ≥ on a 死亡率")  # fmt: skip
def percent_wrong() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="海龟救护站运行维护项目", dept=DEPT,
                 unit="蓝屿县海龟救护站", money=funds(45, 40, 5),
                 goals=["保障救护站全年运行，救治海龟100只以上，"
                        "放归个体全部加装卫星标记。"])  # fmt: skip
    table(s, OPS, [
        ("产出指标", "数量指标", "救治海龟数量", "≥", 100, "只"),
        (None, "质量指标", "放归海龟卫星标记率", "≥",
         mk(pct(1.05), "T106", "error", note="标记率以 100% 为上限，105% 不可能"), "%"),
        (None, "时效指标", "救护池水质检测周期", "≤", 7, "天"),
        (None, "成本指标", "单只海龟平均救治成本", "≤", 0.3, "万元/只"),
        ("效益指标", "生态效益指标", "救护海龟死亡率",
         mk("≥", "T108", "warning", row=True, note="死亡率是反向指标，应为 ≤"), pct(0.25), "%"),
        (None, "社会效益指标", "救护站开放接待人次", "≥", 2000, "人次"),
        ("满意度指标", "服务对象满意度指标", "参观群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "林启航", "0596-3320416")
    return b


@variant("xc03-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
         "a survival rate raised in 百分点 (correct)")  # fmt: skip
def points_two_levels() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="海龟康复放归与追踪监测项目", dept=DEPT,
                 unit="潮音湾海龟救护中心", money=funds(80, 72, 8),
                 goals=["救治海龟100只以上，放归个体存活率比上年提高3个百分点以上。"])  # fmt: skip
    table(s, SCORED, [
        ("产出指标", 40, "数量指标", "救治受伤海龟数量", "≥100只", 15),
        (None, None, None, "康复海龟放归数量", "≥70只", 15),
        (None, None, "质量指标", "救治成功率", "≥70%", 10),
        ("成本指标", 20, "经济成本指标", "单只海龟平均救治成本", "≤0.6万元/只", 10),
        (None, None, None, "饲料及药品费用", "≤18万元", 10),
        ("效益指标", 30, "生态效益指标", "放归海龟存活率提高", "≥3百分点", 15),
        (None, None, "社会效益指标", "海龟保护科普受众", "≥5000人次", 15),
        ("满意度指标", 10, "服务对象满意度指标", "渔民及报警群众满意度", "≥90%", 10),
        ("合计", 100, None, None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值为其下三级指标分值之和，合计100分，不重复计分。")
    sign(s, "陈澜", "0596-3318207")
    return b


@variant("xc04-tier-points-wrong", (10,),
         "project, NAT-2021, tier-1 score column against the indicator scores under it (two "
         "tiers off, total still 100), a rate given as a count")  # fmt: skip
def tier_points_wrong() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="海龟放归追踪监测项目", dept=DEPT,
                 unit="蓝屿县海龟救护站", money=funds(36, 36, 0),
                 goals=["对放归海龟开展卫星追踪，掌握洄游路线和存活情况。"])  # fmt: skip
    table(s, SCORED, [
        ("产出指标", mk(40, "W103", "error", row=True,
                        note="其下指标分值 20+15+10=45，与一级分值 40 不符"),
         "数量指标", "卫星追踪海龟数量", "≥20只", 20),
        (None, None, None, "追踪数据报告", "≥4期", 15),
        (None, None, "时效指标", "数据回传间隔", "≤24小时", 10),
        ("成本指标", 20, "经济成本指标", "单台卫星标记器采购价", "≤1.2万元/台", 20),
        ("效益指标", mk(30, "W103", "error", row=True,
                        note="其下指标分值 15+10=25，与一级分值 30 不符"),
         "生态效益指标", "放归海龟存活率",
         mk("≥50只", "T105", "error", note="存活率是比率，指标值却是只数"), 15),
        (None, None, "可持续影响指标", "洄游路线数据库更新次数", "≥2次", 10),
        ("满意度指标", 10, "服务对象满意度指标", "合作科研单位满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "林启航", "0596-3320416")
    return b


@variant("xc05-labels-decorated", (5,),
         "project, OLD-NAT, numbered tier labels with points, ★ core indicators, a * on a "
         "tier-2, points 90 with 预算执行率 scored apart (correct)")  # fmt: skip
def labels_decorated() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="海龟栖息海滩巡护与产卵地保护项目", dept=DEPT,
                 unit="鹭汀市海洋生态保护中心", money=funds(52, 50, 2),
                 goals=["巡护海龟产卵海滩，保护上岸产卵的母龟和卵窝，"
                        "提高稚龟入海数量。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标（50分）", "（一）数量指标", "★1.产卵海滩巡护里程", "≥600公里"),
        (None, None, "★2.卵窝就地保护数量", "≥30窝"),
        (None, "（二）质量指标", "3.卵窝孵化率", "≥60%"),
        (None, "（三）时效指标", "4.发现卵窝后围护时间", "≤12小时"),
        (None, "（四）成本指标", "5.巡护人员日均补助标准", "≤200元/人·天"),
        ("二、效益指标（30分）", "（一）生态效益指标", "6.稚龟入海数量", "≥2000只"),
        (None, "（二）社会效益指标", "7.沿海村民保护知晓率", "≥85%"),
        ("三、满意度指标（10分）", "（一）*服务对象满意度指标", "8.沿海村民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：带★的为核心指标，不得删除；预算执行率（10分）另行评价，未列入本表。",
          "填表说明：巡护补助按每人每天不超过200元计，全年不超过6人×180天。")  # fmt: skip
    sign(s, "郑汐", "0596-3301952", day(YEAR, 1, 20))
    return b


@variant("xc06-wrong-parent", (5,),
         "project, NAT-2021, numbered tier labels, a 质量指标 block under 效益指标, a rate "
         "given as a count")  # fmt: skip
def wrong_parent() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="海龟救护医疗设备更新项目", dept=DEPT,
                 unit="潮音湾海龟救护中心", money=funds(30, 30, 0), attr="一次性项目",
                 goals=["更新海龟救治用X光机和水质监测设备，提升救治能力。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("1.成本指标", "（1）经济成本指标", "设备采购总价", "≤30万元"),
        ("2.产出指标", "（1）数量指标", "更新救治设备", "≥3台"),
        (None, "（2）时效指标", "设备安装调试完成时间", "≤6月30日"),
        ("3.效益指标", "（1）社会效益指标", "沿海渔民海龟救护知晓率",
         mk("≥800人", "T105", "error", note="知晓率是比率，指标值却是人数")),
        (None, mk("（2）质量指标", "F105", "error", note="质量指标属于产出指标，不在效益指标下"),
         "设备验收合格率", "=100%"),
        ("4.满意度指标", "（1）服务对象满意度指标", "救护人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "陈澜", "0596-3318207")
    return b
