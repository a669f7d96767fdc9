"""Dark-sky park (暗夜公园) projects: percent cells, tier labels with points, 中期 and 年度."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout469.common import indicators, multi_year, one_year, start
from tests.variants.holdout469.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("zk01-percent-cells", (1,),
         "project, OLD-NAT, operator column (指标性质), unit column, percent cells typed in "
         "Excel, 万元 in the number format, a 下降率 with ≥ (correct)")  # fmt: skip
def zk01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="砚星县鹿鸣台暗夜公园星空观测基地运维",
                 dept="砚星县自然资源和规划局（317）", unit="砚星县鹿鸣台暗夜公园管理站",
                 money=one_year(86.4, 80, 6.4),
                 goals=["维护星空观测基地设备，开展公众观星活动，控制核心区人工光源，"
                        "保持暗夜公园夜空质量。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "公众观星活动场次", "≥", 24, "场"),
        (None, None, "观测设备年度维护台数", "≥", 12, "台"),
        (None, "质量指标", "观测设备完好率", "≥", pct(0.95), "%"),
        (None, None, "夜空亮度监测数据有效率", "≥", pct(0.9), "%"),
        (None, "时效指标", "设备故障修复时限", "≤", 48, "小时"),
        (None, "成本指标", "单场观星活动成本", "≤", 0.8, "万元"),
        ("效益指标", "社会效益指标", "参与观星活动公众人次", "≥", 3000, "人次"),
        (None, "生态效益指标", "核心区夜空背景亮度同比下降率", "≥", pct(0.05), "%"),
        (None, "可持续影响指标", "暗夜保护志愿者队伍稳定人数", "≥", 30, "人"),
        ("满意度指标", "服务对象满意度指标", "观星游客满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    return b


@variant("zk02-percent-wrong", (1, 11, 12),
         "project, OLD-NAT, operator column, a typed percent above 100 %, a 反向 rate with ≥, "
         "其他资金 formatted in 元 inside the 万元 block")  # fmt: skip
def zk02() -> Book:
    b, s = start()
    other = mk(money(50000, YUAN), "B105", "error",
               note="50,000.00元 in a 项目资金（万元） block: mixed units")  # fmt: skip
    project_head(s, year=2025, name="澄穹市星野露营区夜间照明遮光改造",
                 dept="澄穹市文化广电和旅游局（208）", unit="澄穹市星野露营区管理处",
                 money=one_year(65, 60, other),
                 goals=["为露营区灯具加装遮光罩、换用低色温光源，减少溢散光。"])  # fmt: skip
    b.file_mark("B101", "error", required=False,
                note="the 元 cell may make 65 ≠ 60 + 50000 in a reader; tolerated")  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "加装遮光罩灯具数量", "≥", 420, "套"),
        (None, None, "更换低色温光源数量", "≥", 260, "盏"),
        (None, "质量指标", "遮光灯具安装验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="typed 105% on a capped 合格率"), "%"),
        (None, "时效指标", "改造完成时间", "≤", day(2025, 10, 31), None),
        (None, "成本指标", "单套遮光罩采购安装成本", "≤", 0.08, "万元"),
        ("效益指标", "社会效益指标", "夜间游客安全事故发生率", "≥",
         mk(pct(0.01), "T108", "warning", row=True, note="发生率 is 反向 but takes ≥"), "%"),
        (None, "生态效益指标", "露营区向上光通比", "≤", pct(0.03), "%"),
        ("满意度指标", "服务对象满意度指标", "露营游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("zk03-points-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
         "（一）数量指标), an indicator score column, a rate raised in 百分点, =100% at "
         "the ceiling (correct)")  # fmt: skip
def zk03() -> Book:
    b, s = start()
    project_head(s, year=2025, name="霁岭暗夜公园天文观测点位建设",
                 dept="霁岭县林业局（142）", unit="霁岭暗夜公园保护中心",
                 money=one_year(80, 70, 10),
                 goals=["建成4个天文观测点位并开展天文科普，提升过夜游客比例。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "观测点位建设数", "≥4个", 10),
        (None, None, "天文科普讲解场次", "≥36场", 10),
        (None, "（二）质量指标", "观测点位验收合格率", "=100%", 10),
        (None, "（三）时效指标", "观测点位完工时间", "2025年10月31日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "单个观测点位建设成本", "≤12万元", 10),
        (None, "（二）生态环境成本指标", "施工期夜间施工天数", "≤10天", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "天文科普受众人次", "≥8000人次", 10),
        (None, None, "景区游客过夜率提高", "≥5百分点", 10),
        (None, "（二）可持续影响指标", "暗夜保护管护制度", "健全", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "观星游客满意度", "≥90%", 10),
        ("合计（100分）", "", None, None, 100),
    ])  # fmt: skip
    return b


@variant("zk04-points-mismatch", (5, 10),
         "project, NAT-2021, tier-1 score column: 产出 declares 40 over indicators worth 35, "
         "and a 社会效益指标 block under 产出指标")  # fmt: skip
def zk04() -> Book:
    b, s = start(widths=(18, 8, 18, 30, 16, 8))
    project_head(s, year=2025, name="墨峦山暗夜公园边界光环境管控",
                 dept="墨峦县生态环境分局（509）", unit="墨峦山暗夜公园管理所",
                 money=one_year(58, 58, 0),
                 goals=["划定公园边界三公里光环境管控带，排查并整改违规户外照明。"])  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="indicator scores add to 95, not 100 (the W103 gap); tolerated")  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", mk(40, "W103", "error", alt=("W101",),
                        note="10 + 10 + 10 + 5 = 35 under a declared 40"),
         "数量指标", "排查户外照明点位数", "≥600个", 10),
        (None, None, "质量指标", "违规照明整改到位率", "≥95%", 10),
        (None, None, "时效指标", "排查完成时间", "2025年6月30日前", 10),
        (None, None, mk("社会效益指标", "F105", "error",
                        note="a 效益 tier-2 placed under 产出指标"),
         "管控带居民光干扰投诉下降率", "≥20%", 5),
        ("成本指标", 20, "经济成本指标", "单个点位整改平均成本", "≤0.05万元", 10),
        (None, None, "社会成本指标", "整改期间夜间施工扰民投诉", "≤2件", 10),
        ("效益指标", 30, "生态效益指标", "边界区夜空亮度年均值降低", "≥0.2星等", 10),
        (None, None, "可持续影响指标", "光环境管控带巡查机制", "建立并执行", 10),
        (None, None, "社会效益指标", "暗夜公园访客人次", "≥12000人次", 10),
        ("满意度指标", 10, "服务对象满意度指标", "周边居民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("zk05-multi-year", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 value columns: annual counts below the "
         "period, rates equal, a unit cost within both budgets (correct)")  # fmt: skip
def zk05() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, attr="新增项目",
                 name="鹭汀县暗夜公园周边道路照明遮光改造（2025—2027年）",
                 dept="鹭汀县交通运输局（233）", unit="鹭汀县公路事业发展中心",
                 money=multi_year((900, 800, 100), (300, 270, 30)),
                 goals=["三年完成公园周边40公里道路照明遮光改造，建立长效养护机制。",
                        "2025年完成首批15公里道路照明遮光改造。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "遮光改造道路里程", "≥40公里", "≥15公里"),
        (None, None, "更换全截光型路灯数量", "≥1600盏", "≥600盏"),
        (None, "质量指标", "改造路段照度达标率", "≥95%", "≥95%"),
        (None, "时效指标", "改造任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "每公里遮光改造成本", "≤15万元/公里", "≤15万元/公里"),
        ("效益指标", "生态效益指标", "公园边界上空溢散光减少比例", "≥30%", "≥10%"),
        (None, "社会效益指标", "改造路段夜间交通事故发生率", "≤0.5%", "≤0.5%"),
        (None, "可持续影响指标", "道路照明养护责任落实率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zk06-multi-year-copied", (8,),
         "two-year project, OLD-NAT, 中期 and 年度 columns: 年度目标 copied from 中期目标 and two "
         "cumulative counts copied into the annual column")  # fmt: skip
def zk06() -> Book:
    b, s = start()
    goal = "两年内建成暗夜公园星空科普馆并完成展陈布设，累计接待研学团队不少于160批次。"
    project_head(s, year=2025, years=2, attr="新增项目",
                 name="穹台市暗夜公园星空科普馆建设", dept="穹台市科学技术局（118）",
                 unit="穹台市青少年科技活动中心",
                 money=multi_year((620, 560, 60), (350, 320, 30)),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="年度目标 copied word for word from 中期目标")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "科普馆展陈单元建设数", "≥12个",
         mk("≥12个", "D202", "warning", note="cumulative count copied from 中期")),
        (None, None, "研学团队接待批次", "≥160批次",
         mk("≥160批次", "D202", "warning", note="cumulative count copied from 中期")),
        (None, None, "天文科普讲座场次", "≥48场", "≥20场"),
        (None, "质量指标", "展陈工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "科普馆主体完工时间", "2026年9月30日前", "2025年12月31日前"),
        (None, "成本指标", "展陈单元平均布设成本", "≤25万元/个", "≤25万元/个"),
        ("效益指标", "社会效益指标", "青少年受众人次", "≥30000人次", "≥12000人次"),
        (None, "可持续影响指标", "科普馆运营管理制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "研学师生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
