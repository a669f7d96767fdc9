"""Digital reading terminals in villages (村级数字阅读终端): roll-out, operator and unit
columns, multi-year roll-out, points at two levels (kdp13–kdp18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout786.common import (
    DEPT,
    H4,
    LIB,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout786.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("kdp13-terminal-rollout", (1, 5, 11),
         "project, OLD-NAT, abbreviated tier labels, operator and unit columns, 0 起 on an "
         "incident count, unit cost × count within the money (correct)")  # fmt: skip
def terminal_rollout() -> Book:
    b, s = start()
    project_head(s, year=2025, name="砚湖县村级数字阅读终端配置项目", dept=DEPT, unit=LIB,
                 money=one_year(wan(100), wan(90), wan(10)),
                 goals=["在全县80个行政村各安装数字阅读终端1台，预装电子图书和有声读物，"
                        "全年村民数字阅读访问4万人次。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出", "数量", "安装村级数字阅读终端", "≥", 80, "台"),
        (None, None, "覆盖行政村", "≥", 80, "个"),
        (None, None, "每台终端预装电子图书", "≥", 5000, "册"),
        (None, "质量", "终端安装验收合格率", "=", 100, "%"),
        (None, "时效", "终端安装完成时间", "≤", day(2025, 9, 30, CN_DATE), None),
        (None, None, "故障报修响应时间", "≤", 48, "小时"),
        (None, "成本", "终端单台采购及安装费用", "≤", 1.2, "万元/台"),
        ("效益", "社会效益", "村民数字阅读访问人次", "≥", 4, "万人次"),
        (None, "可持续影响", "终端运维保障期", "≥", 3, "年"),
        (None, None, "终端信息安全事件", "≤", 0, "起"),
        ("满意度", "服务对象满意度", "村民使用满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b


@variant("kdp14-terminal-goal-villages", (7, 12),
         "project, NAT-2021, header 目标值（年度）: the goal's village count against the "
         "indicator, unit price × count above the money, a 合格率 under 时效指标")  # fmt: skip
def terminal_goal_villages() -> Book:
    b, s = start()
    project_head(s, year=2025, name="松陂县村级数字阅读终端配置项目",
                 dept="松陂县文化和旅游局", unit="松陂县图书馆",
                 money=one_year(wan(150), wan(130), wan(20)),
                 goals=["为全县120个行政村各配置数字阅读终端1台，"
                        "实现行政村数字阅读全覆盖。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "目标值（年度）"), [
        ("产出指标", "数量指标", "终端安装数量", "≥120台"),
        (None, None, "配置终端的行政村",
         mk("≥100个", "D104", "warning", row=True, note="年度目标写120个行政村全覆盖")),
        (None, "时效指标", "终端安装完成时间", "2025年10月31日前"),
        (None, None, mk("终端验收合格率", "F201", "warning", row=True,
                        note="质量类指标填在时效指标下"), "≥98%"),
        ("成本指标", "经济成本指标", "终端单台采购价格",
         mk("≤1.5万元/台", "B107", "warning", row=True,
            note="1.5万元 × 120台 = 180万元 > 年度资金150万元")),
        ("效益指标", "社会效益指标", "村民数字阅读访问人次", "≥5万人次"),
        ("满意度指标", "服务对象满意度指标", "村民使用满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdp15-terminal-two-years", (4, 8),
         "two-year roll-out, NAT-2021, 中期 and 年度 columns, 注 row inside, header repeated "
         "after a page break, 填表说明 and signature below (correct)")  # fmt: skip
def terminal_two_years() -> Book:
    b, s = start()
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    project_head(s, year=2025, years=2, name="砚湖县数字阅读终端进村二期项目", dept=DEPT,
                 unit=LIB,
                 money=multi_year((wan(240), wan(200), wan(40)), (wan(110), wan(90), wan(20))),
                 goals=["2025—2026年为200个行政村各配置数字阅读终端1台，数字阅读访问12万人次。",
                        "2025年完成首批90个行政村终端配置，数字阅读访问5万人次。"])  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "配置数字阅读终端", "≥200台", "≥90台"),
        (None, None, "覆盖行政村", "≥200个", "≥90个"),
        (None, "质量指标", "终端在线率", pct(0.9), pct(0.9)),
        (None, "时效指标", "终端配置完成时间", "2026年11月30日前", "2025年11月30日前"),
        ("注：终端按每个行政村1台配置，不含社区。", None, None, None, None),
    ])  # fmt: skip
    indicators(s, head, [
        ("成本指标", "经济成本指标", "终端单台配置费用", "≤1.1万元/台", "≤1.1万元/台"),
        ("效益指标", "社会效益指标", "村民数字阅读访问人次", "≥12万人次", "≥5万人次"),
        (None, "可持续影响指标", "终端运维机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "村民使用满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：1.中期指标值填两年合计；2.年度指标值填2025年数；3.金额单位为万元。")
    sign(s, "聂慧琴", "0736-5820317", (2024, 12, 10))
    return b


@variant("kdp16-terminal-upkeep-years", (1,),
         "project, OLD-NAT, one value column: a year left over from an earlier season in the "
         "goal, a deadline in the next year, a rate given as a count")  # fmt: skip
def terminal_upkeep_years() -> Book:
    b, s = start()
    project_head(s, year=2025, name="村级数字阅读终端运维项目", dept="松陂县文化和旅游局",
                 unit="松陂县图书馆", money=one_year(wan(40), wan(40), wan(0)),
                 goals=[mk("对全县86台村级数字阅读终端开展季度巡检和资源更新，确保2023年底前"
                           "全部终端在线运行。", "Y103", "warning",
                           note="2025年度项目，目标写2023年底前（上季残留）")])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "巡检终端数量", "≥86台"),
        (None, None, "更新数字资源包", "≥4次"),
        (None, "质量指标", "终端在线率",
         mk("86个", "T105", "error", note="比率指标填成了数量")),
        (None, "时效指标", "年度巡检完成时间",
         mk("2026年3月31日前", "Y102", "error", note="一年期项目（2025年），期限落在次年")),
        (None, "成本指标", "单台终端年运维费用", "≤0.4万元/台"),
        ("效益指标", "社会效益指标", "村民数字阅读访问人次", "≥4万人次"),
        ("满意度指标", "服务对象满意度指标", "村民使用满意度", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("kdp17-terminal-points", (10, 5),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to "
         "100, a rate raised in 百分点, cost × count equal to its money (correct)")  # fmt: skip
def terminal_points() -> Book:
    b, s = start()
    project_head(s, year=2025, name="村级数字阅读终端资源更新", dept=DEPT, unit=LIB,
                 money=one_year(wan(30), wan(30), wan(0)),
                 goals=["为100台村级终端更新数字资源包，"
                        "村民数字阅读率提高2个百分点。"])  # fmt: skip
    indicators(s, POINTS, [
        ("产出指标", 50, "数量指标", "更新资源包终端", "≥100台", 10),
        (None, None, None, "新增电子图书", "≥3000种", 10),
        (None, None, None, "新增有声读物", "≥1000小时", 10),
        (None, None, "质量指标", "资源包更新成功率", "≥98%", 10),
        (None, None, "时效指标", "资源更新完成时间", "2025年8月31日前", 10),
        ("成本指标", 10, "经济成本指标", "单台资源包更新费用", "≤0.3万元/台", 10),
        ("效益指标", 30, "社会效益指标", "村民数字阅读率提高", "≥2百分点", 15),
        (None, None, "可持续影响指标", "资源季度更新机制", "建立并执行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "村民使用满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("kdp18-terminal-points-wrong", (10,),
         "project, NAT-2021, tier-1 score column: 产出 declared 50 over indicators adding to "
         "45, the same online rate under 质量 and again under 可持续影响")  # fmt: skip
def terminal_points_wrong() -> Book:
    b, s = start()
    project_head(s, year=2025, name="村级数字阅读终端提质项目", dept="松陂县文化和旅游局",
                 unit="松陂县图书馆", money=one_year(wan(26), wan(26), wan(0)),
                 goals=["为86台村级终端更换显示屏和读卡模块，终端在线率达到90%以上。"])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="同一缺口使指标分值合计为95")
    indicators(s, POINTS, [
        ("产出指标", mk(50, "W103", "error", note="其下分值 10+10+5+10+10 = 45"),
         "数量指标", "更换显示屏终端", "≥86台", 10),
        (None, None, None, "更换读卡模块", "≥86个", 10),
        (None, None, "质量指标", "终端开机在线率", "≥90%", 5),
        (None, None, None, "配件验收合格率", "=100%", 10),
        (None, None, "时效指标", "更换完成时间", "2025年9月30日前", 10),
        ("成本指标", 10, "经济成本指标", "单台提质费用", "≤0.3万元/台", 10),
        ("效益指标", 30, "社会效益指标", "村民数字阅读访问人次", "≥4万人次", 15),
        (None, None, "可持续影响指标",
         mk("终端在线率", "D103", "warning", row=True, alt=("D101",),
            note="与质量指标下“终端开机在线率”同一指标"), "≥90%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "村民使用满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
