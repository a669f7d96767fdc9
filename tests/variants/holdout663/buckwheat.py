"""Returns gw01–gw06: 苦荞 (tartary buckwheat) seed, base and processing projects."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout663.common import (
    HEAD6,
    department,
    first,
    indicators,
    multi_year,
    one_year,
    project,
    w,
)
from tests.variants.holdout663.registry import variant
from tests.variants.kit import Book, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "备注")


@variant("gw01-seed-percent", (1, 12),
         "project, NAT-2021, operator and unit columns, percent cells, 万元 in the number format, "
         "goal area with its parts in brackets (correct)")  # fmt: skip
def gw01() -> Book:
    goal = ("在朗玛乡、宗岗镇推广苦荞良种3000亩（其中朗玛乡1200亩、宗岗镇1800亩），"
            "培训种植户400人次，良种覆盖率达到90%。")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "苦荞良种推广面积", "≥", 3000, "亩"),
        (None, None, "种植户技术培训人次", "≥", 400, "人次"),
        (None, "质量指标", "良种纯度合格率", "≥", pct(0.96), "%"),
        (None, "时效指标", "良种到户发放时限", "≤", 15, "个工作日"),
        ("成本指标", "经济成本指标", "良种补贴标准", "≤", 40, "元/亩"),
        ("效益指标", "经济效益指标", "苦荞亩均增产", "≥", 25, "公斤"),
        (None, "生态效益指标", "化肥使用量增长率", "≤", pct(0), "%"),
        (None, "可持续影响指标", "良种覆盖率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ]
    return project(2025, "苦荞良种推广补贴项目", "措勒县农业技术推广中心",
                   one_year(w(86), w(80), w(6)), [goal], HEAD6, rows)  # fmt: skip


@variant("gw02-seed-goal-area", (5,),
         "project, OLD-NAT, numbered tier labels, inline operators: goal area against the "
         "indicator, a near-duplicate area, a sowing deadline left from 2024")  # fmt: skip
def gw02() -> Book:
    goal = "2025年在达瓦乡推广苦荞良种2000亩，建设示范片2个，5月底前完成播种。"
    rows = [
        ("一、产出指标", "（一）数量指标", "苦荞良种推广面积",
         mk("≥2500亩", "D104", "warning", row=True, note="年度目标写推广2000亩")),
        (None, None, "苦荞示范片建设数量", "≥2个"),
        (None, None, mk("苦荞良种推广种植面积", "D103", "warning", row=True, alt=("D101",),
                        note="与第一行同一指标，只多“种植”二字")),
        (None, "（二）质量指标", "良种发芽率", "≥90%"),
        (None, "（三）时效指标", "播种完成时间",
         mk("2024年5月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="预算年度2025，目标写5月底前，日期是上一季的")),
        (None, "（四）成本指标", "良种补贴标准", "≤45元/亩"),
        ("二、效益指标", "（一）经济效益指标", "示范片亩均增收", "≥150元"),
        (None, "（二）生态效益指标", "坡耕地季节性撂荒面积下降率", "≥10%"),
        ("三、满意度指标", "（一）服务对象满意度指标", "种植户满意度", "≥90%"),
    ]  # fmt: skip
    return project(2025, "达瓦乡苦荞良种示范推广", "措勒县达瓦乡农业综合服务中心",
                   one_year(w(30), w(26), w(4)), [goal], HEAD4, rows)  # fmt: skip


@variant("gw03-base-three-years", (8,),
         "three-year project, NAT-2021, 实施期 and 年度 columns, period counts above the year's, "
         "rates equal, a later year prepared for (correct)")  # fmt: skip
def gw03() -> Book:
    goals = ["2025—2027年在嘎玛、朗玛、宗岗三乡镇建成苦荞标准化基地9000亩，培训种植户1200人次，"
             "建成苦荞初加工点3个，为2028年全县推广积累技术和品种。",
             "2025年建成苦荞标准化基地3000亩，培训种植户400人次，建成初加工点1个。"]  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "苦荞标准化基地面积", "≥9000亩", "≥3000亩", None),
        (None, None, "种植户培训人次", "≥1200人次", "≥400人次", None),
        (None, None, "苦荞初加工点建设数量", "≥3个", "≥1个", None),
        (None, "质量指标", "基地苦荞商品率", "≥85%", "≥85%", None),
        (None, "时效指标", "年度建设任务完成时间", "2027年12月底前", "2025年12月底前", None),
        ("成本指标", "经济成本指标", "基地建设亩均补助", "≤300元/亩", "≤300元/亩", None),
        ("效益指标", "经济效益指标", "基地亩均增收", "≥200元", "≥200元", None),
        (None, "可持续影响指标", "苦荞品种资源保存份数", "≥30份", "≥12份", "逐年累计"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%", None),
    ]
    cash = multi_year((w(360), w(300), w(60)), (w(120), w(100), w(20)))
    return project(2025, "高原苦荞标准化基地建设", "措勒县农业技术推广中心", cash, goals,
                   HEAD_PERIOD, rows, years=3, attr="新增项目")  # fmt: skip


@variant("gw04-organic-period", (8,),
         "two-year project, NAT-2021, 实施期 and 年度 columns: a year's area above the period's, "
         "a cumulative count copied, 年度目标 left from 2024")  # fmt: skip
def gw04() -> Book:
    goals = [
        "2025—2026年建设苦荞有机种植示范区6000亩，培训种植户800人次，认证有机苦荞产品2个。",
        mk(
            "2024年建设苦荞有机种植示范区3000亩，培训种植户400人次，完成有机转换期申报。",
            "Y103",
            "warning",
            alt=("Y101",),
            note="年度目标是上一年的文字，项目期2025—2026年",
        ),
    ]
    rows = [
        ("产出指标", "数量指标", "有机种植示范区面积", "≥6000亩",
         mk("≥8000亩", "D201", "error", alt=("D104",), note="年度面积大于实施期面积")),
        (None, None, "种植户培训人次", "≥800人次",
         mk("≥800人次", "D202", "warning", note="两年期累计人次照抄到年度")),
        (None, None, "有机认证产品数量", "≥2个", "≥1个", None),
        (None, "质量指标", "示范区农药残留抽检合格率", "=100%", "=100%", None),
        (None, "时效指标", "有机转换期申报完成时间", "2026年6月底前", "2025年9月底前", None),
        ("成本指标", "经济成本指标", "有机肥补贴标准", "≤150元/亩", "≤150元/亩", None),
        ("效益指标", "经济效益指标", "有机苦荞收购溢价", "≥0.8元/斤", "≥0.8元/斤", None),
        (None, "生态效益指标", "示范区化学农药使用量下降率", "≥20%", "≥10%", None),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%", None),
    ]  # fmt: skip
    cash = multi_year((w(200), w(170), w(30)), (w(130), w(110), w(20)))
    return project(2025, "苦荞有机种植示范区建设", "措勒县宗岗镇人民政府", cash, goals,
                   HEAD_PERIOD, rows, years=2)  # fmt: skip


@variant("gw05-stacked-two", (2,),
         "two one-year projects stacked in one sheet, OLD-NAT, one value column, the same "
         "training indicator with different values in each (correct)")  # fmt: skip
def gw05() -> Book:
    b, s = first()
    project_head(
        s,
        year=2025,
        name="苦荞良种繁育基地建设",
        dept="措勒县农业农村局 301",
        unit="措勒县种子管理站",
        money=one_year(w(45), w(40), w(5)),
        goals=["建设苦荞良种繁育基地500亩，繁育良种75吨，培训种植户300人次。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "良种繁育基地面积", "≥500亩"),
            (None, None, "良种繁育量", "≥75吨"),
            (None, None, "种植户培训人次", "≥300人次"),
            (None, "质量指标", "良种纯度", "≥98%"),
            (None, "时效指标", "良种入库时间", "2025年10月底前"),
            (None, "成本指标", "繁育基地亩均补助", "≤800元/亩"),
            ("效益指标", "经济效益指标", "繁育户亩均增收", "≥300元"),
            ("满意度指标", "服务对象满意度指标", "繁育户满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2025,
        name="苦荞茶加工技术推广",
        dept="措勒县农业农村局 301",
        unit="措勒县农业技术推广中心",
        money=one_year(w(20), w(20), w(0)),
        title="",
        goals=["推广苦荞茶加工技术，扶持加工户12户，培训种植户和加工户150人次。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "扶持加工户数", "≥12户"),
            (None, None, "种植户培训人次", "≥150人次"),
            (None, "质量指标", "苦荞茶产品抽检合格率", "≥95%"),
            (None, "时效指标", "技术培训完成时间", "2025年8月底前"),
            (None, "成本指标", "加工户扶持标准", "≤1.5万元/户"),
            ("效益指标", "经济效益指标", "加工户户均增收", "≥5000元"),
            ("满意度指标", "服务对象满意度指标", "加工户满意度", "≥90%"),
        ],
    )
    return b


@variant("gw06-department-tasks", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, a seed subsidy standard × area "
         "above its task money, a satisfaction rate under 社会效益")  # fmt: skip
def gw06() -> Book:
    tasks = [
        ("苦荞良种补贴", "向朗玛、宗岗两乡镇种植户发放良种补贴", w(15), "良种推广3000亩"),
        ("苦荞加工设备购置", "购置清选、脱壳设备4套", w(100), "提升初加工能力"),
        ("高原杂粮技术培训", "开展苦荞种植和加工培训", w(40), "培训600人次"),
        ("金额合计", None, mk(w(180), "B102", "error", alt=("B101",),
                              note="15 + 100 + 40 = 155 ≠ 180")),
    ]  # fmt: skip
    b, s = department(2025, "措勒县农业农村局", [(w(560), w(500), w(60), w(380), w(180))],
                      "推广苦荞良种3000亩，购置加工设备4套，培训种植户和加工户600人次。",
                      tasks)  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "苦荞良种推广面积", "≥3000亩"),
        (None, None, "加工设备购置数量", "≥4套"),
        (None, None, "技术培训人次", "≥600人次"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "良种补贴兑付时间", "2025年5月底前"),
        ("成本指标", "经济成本指标", "苦荞良种补贴标准",
         mk("≤60元/亩", "B107", "warning", row=True, note="60元 × 3000亩 = 18万元 > 任务 15万元")),
        ("效益指标", "经济效益指标", "种植户亩均增收", "≥120元"),
        (None, "社会效益指标", mk("种植户满意度", "F201", "warning", row=True,
                                  note="满意度填在社会效益下"), "≥90%"),
        (None, "可持续影响指标", "苦荞产业带动农户数", "≥800户"),
        ("满意度指标", "服务对象满意度指标", "培训对象满意度", "≥90%"),
    ])  # fmt: skip
    return b
