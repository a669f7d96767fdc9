"""国土变更调查: six returns (kcs01–kcs06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout763.common import (
    DEPT,
    indicators,
    multi_year,
    one_year,
    signature,
    start,  # fmt: skip
)
from tests.variants.holdout763.registry import variant
from tests.variants.kit import Book, mk, money, pct


@variant(
    "kcs01-survey-county",
    (1, 5, 7),
    (
        "project, NAT-2021, numbered tier labels, headers 指标内容 · 绩效标准, a typed percent "
        "(correct)"
    ),
)
def kcs01() -> Book:
    b, s = start()
    project_head(s, year=2026, name="梧峪县2026年度国土变更调查", dept=DEPT,
                 unit="梧峪县自然资源局", money=one_year(180, 150, 30),
                 goals=["完成梧峪县2026年度国土变更调查，外业核查变化图斑15000个，覆盖全县12个乡镇"
                        "（其中重点乡镇5个），11月底前提交县级调查成果"
                        "并通过省级核查。"])  # fmt: skip
    indicators(s, [
        ["一、产出指标", "（一）数量指标", "外业核查变化图斑数量", "≥15000个"],
        [None, None, "调查覆盖乡镇数", "=12个"],
        [None, "（二）质量指标", "图斑属性标注正确率", pct(0.98)],
        [None, None, "省级核查图斑错误率", "≤2%"],
        [None, "（三）时效指标", "县级调查成果提交时间", "2026年11月30日前"],
        ["二、成本指标", "（一）经济成本指标", "单个图斑外业核查成本", "≤0.008万元/个"],
        ["三、效益指标", "（一）社会效益指标", "调查成果支撑用地审批", "有效支撑"],
        [None, "（二）可持续影响指标", "县级调查数据库年度更新率", "=100%"],
        ["四、满意度指标", "（一）服务对象满意度指标", "用地审批科室满意度", "≥90%"],
    ], head=("一级指标", "二级指标", "指标内容", "绩效标准"))  # fmt: skip
    signature(s, "贺知远", "0736-5512408", (2025, 11, 14))
    return b


@variant(
    "kcs02-survey-goal-mismatch",
    (5, 12),
    (
        "project, NAT-2021, starred tier labels: indicators against the goal's count and "
        "deadline, a unit cost beyond the money"
    ),
)
def kcs02() -> Book:
    b, s = start()
    project_head(s, year=2026, name="松涧市2026年度国土变更调查", dept=DEPT,
                 unit="松涧市自然资源和规划局", money=one_year(160, 140, 20),
                 goals=["完成松涧市2026年度国土变更调查，外业核查变化图斑20000个，"
                        "2026年10月底前提交县级调查成果。"])  # fmt: skip
    indicators(s, [
        ["*产出指标", "*数量指标", "外业核查变化图斑数量",
         mk("≥18000个", "D104", "warning", row=True, note="年度目标写核查图斑20000个")],
        [None, "*质量指标", "图斑举证照片合格率", "≥95%"],
        [None, "*时效指标", "县级调查成果提交时间",
         mk("2027年6月30日前", "Y102", "error", alt=("D104",),
            note="一年期项目（2026年）的期限落在2027年，目标写2026年10月底前")],
        ["*成本指标", "*经济成本指标", "单个图斑外业核查成本",
         mk("≤0.01万元/个", "B107", "warning", row=True,
            note="0.01万元×20000个=200万元（按18000个也是180万元），超过年度资金160万元")],
        ["*效益指标", "*社会效益指标", "调查成果用于土地利用计划管理", "充分应用"],
        ["*满意度指标", "*服务对象满意度指标", "县级业务科室满意度", "≥90%"],
    ])  # fmt: skip
    signature(s, "郦青禾", "0736-6023157", (2025, 11, 20))
    return b


@variant(
    "kcs03-survey-two-years",
    (8,),
    (
        "two-year project, NAT-2021, 中期 and 年度 value columns: a year's count above the "
        "period's, a count copied from 中期"
    ),
)
def kcs03() -> Book:
    b, s = start()
    project_head(s, year=2026, years=2, name="松涧市遥感监测图斑核查及成果建库", dept=DEPT,
                 unit="松涧市国土调查监测中心", attr="新增项目",
                 money=multi_year((400, 320, 80), (220, 180, 40)),
                 goals=["2026—2027年完成全市6个县区遥感监测图斑核查36000个，建成市级变更调查成果"
                        "数据库。", "2026年核查图斑20000个，完成3个县区成果建库。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, [
        ["产出指标", "数量指标", "遥感监测图斑核查数量", "≥36000个", "≥20000个"],
        [None, None, "成果建库县区数", "≥6个",
         mk("≥8个", "D201", "error", alt=("D104",),
            note="年度8个超过实施期6个；年度目标写3个县区")],
        [None, None, "外业举证照片采集数", "≥36000张",
         mk("≥36000张", "D202", "warning", note="两年期项目的累计数照抄到年度列")],
        [None, "质量指标", "图斑核查成果一次性通过率", "≥95%", "≥95%"],
        [None, "时效指标", "年度核查成果提交时间", "2027年11月30日前", "2026年11月30日前"],
        ["成本指标", "经济成本指标", "单个图斑核查成本", "≤0.009万元/个", "≤0.009万元/个"],
        ["效益指标", "社会效益指标", "违法用地线索移交执法部门", "及时移交", "及时移交"],
        ["满意度指标", "服务对象满意度指标", "县区自然资源部门满意度", "≥90%", "≥90%"],
    ], head=head)  # fmt: skip
    signature(s, "郦青禾", "0736-6023157", (2025, 11, 20))
    return b


@variant(
    "kcs04-survey-department",
    (4, 12),
    (
        "department, NAT-2021, budget and key tasks adding up, a 注 row inside and 说明 under "
        "the table (correct)"
    ),
)
def kcs04() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2026, dept="岑阳省国土调查监测院",
                    budget=[[money(2860), money(2500), money(360), money(1460), money(1400)]],
                    tasks=[["变更调查省级核查", "全省14个市、97个县区成果核查", money(620),
                            "成果通过国家核查"],
                           ["遥感影像统筹", "全省域优于1米影像采购", money(480), "全省覆盖"],
                           ["调查数据库运维", "省级数据库更新与共享", money(300), "按年更新"],
                           ["金额合计", None, money(1400), None]],
                    goal="完成全省2026年度国土变更调查省级核查（含14个市、97个县区），"
                         "为2027年全省耕地资源质量分类调查积累技术经验。")  # fmt: skip
    indicators(s, [
        ["产出指标", "数量指标", "省级核查县区数", "=97个"],
        [None, None, "遥感影像统筹覆盖面积", "≥17.6万平方公里"],
        [None, "质量指标", "省级核查成果通过国家核查比例", "≥98%"],
        [None, "时效指标", "省级核查成果上报时间", "2026年12月31日前"],
    ], label="年度绩效指标")  # fmt: skip
    s.row("注：县区数含14个市本级核查单元。", merge=[(1, 4)])
    s.table([
        ["成本指标", "经济成本指标", "遥感影像单位面积采购成本", "≤27元/平方公里"],
        ["效益指标", "社会效益指标", "调查成果共享部门数", "≥12个"],
        [None, "可持续影响指标", "省级调查数据库年度更新率", "=100%"],
        ["满意度指标", "服务对象满意度指标", "市县自然资源部门满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    s.row("说明：影像采购成本按27元/平方公里×17.6万平方公里≈475.2万元测算，在480万元内。",
          merge=[(1, 6)])  # fmt: skip
    signature(s, "尹墨川", "0731-8846120", (2025, 11, 8))
    return b


@variant(
    "kcs05-survey-flat",
    (1, 3),
    (
        "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值),"
        " typed percents, a 下降率 with ≥, weights add to 100 (correct)"
    ),
)
def kcs05() -> Book:
    b, s = start()
    department_head(
        s,
        year=2026,
        dept="松涧市自然资源和规划局",
        budget=[[money(1200), money(1000), money(200), money(700), money(500)]],
        goal="完成全市变更调查图斑核查12000个，耕地流出图斑整改率不低于90%。",
    )
    indicators(s, [
        ["变更调查图斑核查数量", 20, "个", "≥", 12000],
        ["调查成果质检合格率", 15, "%", "≥", pct(0.97)],
        ["耕地流出图斑整改率", 15, "%", "≥", pct(0.9)],
        ["违法用地图斑移交时限", 10, "工作日", "≤", 5],
        ["单个图斑核查成本", 10, "元/个", "≤", 80],
        ["调查数据年度更新率", 10, "%", "=", pct(1)],
        ["核查图斑错误下降率", 10, "%", "≥", 20],
        ["服务对象满意度", 10, "%", "≥", pct(0.9)],
        ["合计", 100, None, None, None],
    ], head=("指标名称", "权重", "计量单位", "指标性质", "指标值"), merged=(),
        label="年度绩效指标")  # fmt: skip
    signature(s, "鄢晴川", "0736-6023190", (2025, 11, 26))
    return b


@variant(
    "kcs06-survey-dup-tier",
    (5,),
    (
        "project, NAT-2021, tier labels with points: a quality rate under 时效, the same "
        "count twice under two tier-2s"
    ),
)
def kcs06() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="梧峪县耕地保护图斑专项核查",
        dept=DEPT,
        unit="梧峪县自然资源局",
        money=one_year(85, 85, 0),
        goals=["核查耕地流出图斑3200个、永久基本农田图斑1800个，9月底前提交核查成果。"],
    )
    indicators(s, [
        ["产出指标（50分）", "数量指标", "耕地流出图斑核查数量", "≥3200个"],
        [None, None, "永久基本农田图斑核查数量", "≥1800个"],
        [None, "质量指标", "核查结论准确率", "≥95%"],
        [None, "时效指标", "图斑举证照片合格率",
         mk("≥98%", "F201", "warning", row=True, note="合格率是质量指标，却填在时效指标下")],
        [None, None, "核查成果提交时间", "2026年9月30日前"],
        ["成本指标（20分）", "经济成本指标", "单个图斑核查成本", "≤0.015万元/个"],
        ["效益指标（20分）", "社会效益指标", "违法占用耕地问题整改率", "≥90%"],
        [None, "可持续影响指标", "耕地流出问题图斑核查数量",
         mk("≥3200个", "D103", "warning", row=True, alt=("D101", "F201"),
            note="与数量指标“耕地流出图斑核查数量”只差“问题”二字，同一指标重复填报")],
        ["满意度指标（10分）", "服务对象满意度指标", "乡镇自然资源所满意度", "≥90%"],
    ])  # fmt: skip
    signature(s, "贺知远", "0736-5512408", (2025, 11, 14))
    return b
