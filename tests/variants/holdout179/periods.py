"""Multi-year project tables with 中期 and 年度 values: 院前急救体系建设, 家庭医生签约服务,
妇幼健康服务 (two complete column sets), 乡镇卫生院设备更新, 传染病监测与实验室能力建设."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout179.common import YEAR, indicators, multi_year, notes
from tests.variants.holdout179.registry import variant
from tests.variants.kit import WAN, Book, day, mk

HEAD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "og06-emergency-network-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, per-辆 and per-个 standards "
    "within the money, a response time tightened over the period",
)
def og06() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (16, 18, 32, 18, 18, 16))
    project_head(
        s, year=YEAR, years=3, name="院前急救体系建设项目", dept="青岚市卫生健康委员会",
        unit="青岚市急救中心", attr="新增项目",
        money=multi_year((2400, 2100, 300), (900, 800, 100)),
        goals=["建成覆盖全市城乡的院前急救网络，新建急救站点9个，配置负压救护车12辆，"
               "城区急救反应时间控制在12分钟以内。",
               "新建急救站点3个，购置负压救护车4辆，培训院前急救人员400人次，"
               "急救呼救满足率达到95%以上。"],
    )  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "新建急救站点数量", "≥9个", "≥3个"),
        (None, None, "购置负压救护车数量", "≥12辆", "≥4辆"),
        (None, None, "院前急救人员培训人次", "≥1200人次", "≥400人次"),
        (None, "质量指标", "急救车辆设备配置达标率", "≥95%", "≥95%"),
        (None, "时效指标", "城区急救反应时间", "≤12分钟", "≤12分钟"),
        (None, None, "农村急救反应时间", "≤25分钟", "≤28分钟"),
        ("成本指标", "经济成本指标", "负压救护车购置单价", "≤48万元/辆", "≤48万元/辆"),
        (None, None, "急救站点单个建设成本", "≤120万元/个", "≤120万元/个"),
        ("效益指标", "社会效益指标", "急救呼救满足率", "≥98%", "≥95%"),
        (None, None, "心脏骤停患者院前自主循环恢复率", "≥10%", "≥8%"),
        (None, "可持续影响指标", "院前急救网络乡镇（街道）覆盖率", "100%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "急救服务对象满意度", "≥92%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "og07-family-doctor-two-years",
    (8, 11),
    "two-year project, OLD-NAT, unit column before 中期 and 年度 columns: an annual "
    "count above its 中期 count, a 2026 deadline",
)
def og07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 10, 18, 18))
    project_head(
        s, year=YEAR, years=2, name="家庭医生签约服务能力提升项目", dept="白石县卫生健康局",
        unit="白石县卫生健康局", money=multi_year((560, 500, 60), (300, 270, 30),
                                                  label="实施期资金总额"),
        goals=["家庭医生签约服务人数达到80000人，重点人群签约覆盖率达到80%以上，"
               "建成家庭医生签约服务信息系统。",
               "完成家庭医生团队培训300人次，启动签约服务信息系统建设，"
               "重点人群签约覆盖率达到75%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "家庭医生签约服务人数", "人", "≥80000",
         mk("≥90000", "D201", "error", note="the year's signatories exceed the period's 80000")),
        (None, None, "家庭医生团队培训人次", "人次", "≥600", "≥300"),
        (None, "质量指标", "重点人群签约覆盖率", "%", "≥80", "≥75"),
        (None, "时效指标", "签约服务信息系统上线时间", None, "2028年6月30日前",
         mk("2026年6月30日前", "Y102", "error", alt=("Y101",),
            note="a 2026 date in a 2027–2028 project")),
        (None, "成本指标", "家庭医生签约服务补助标准", "元/人", "≤25", "≤25"),
        ("效益指标", "社会效益指标", "签约居民续约率", "%", "≥85", "≥80"),
        (None, "可持续影响指标", "家庭医生队伍稳定性", None, "持续提升", "持续提升"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "%", "≥90", "≥90"),
    ])  # fmt: skip
    return b


@variant(
    "og08-maternal-two-column-sets",
    (8,),
    "three-year project, OLD-NAT, two complete column sets (二级/三级/指标值 for 中期, "
    "then for 年度) under a two-row header",
)
def og08() -> Book:
    b = Book()
    s = b.sheet("妇幼健康", (14, 14, 28, 14, 14, 28, 14))
    project_head(
        s, year=YEAR, years=3, name="妇幼健康服务能力建设项目", dept="青岚市卫生健康委员会",
        unit="青岚市妇幼保健院", attr="延续项目",
        money=multi_year((1500, 1350, 150), (520, 470, 50), fmt=WAN),
        goals=["三年内为24000名孕产妇提供健康管理，新生儿听力筛查21000人，"
               "培训妇幼保健人员900人次，孕产妇系统管理率达到92%以上。",
               "为8000名孕产妇提供健康管理，新生儿听力筛查7000人，培训妇幼保健人员300人次，"
               "孕产妇系统管理率达到90%以上。"],
    )  # fmt: skip
    s.row("一级指标", "中期绩效指标", None, None, "年度绩效指标", None, None,
          merge=[(2, 4), (5, 7)])  # fmt: skip
    s.row(None, "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "孕产妇健康管理人数",
                "≥24000人",
                "数量指标",
                "孕产妇健康管理人数",
                "≥8000人",
            ),
            (None, None, "新生儿听力筛查人数", "≥21000人", None, "新生儿听力筛查人数", "≥7000人"),
            (
                None,
                None,
                "妇幼保健人员培训人次",
                "≥900人次",
                None,
                "妇幼保健人员培训人次",
                "≥300人次",
            ),
            (None, "质量指标", "孕产妇系统管理率", "≥92%", "质量指标", "孕产妇系统管理率", "≥90%"),
            (None, None, "新生儿听力筛查率", "≥95%", None, "新生儿听力筛查率", "≥95%"),
            (
                None,
                "时效指标",
                "高危孕产妇转诊及时率",
                "≥98%",
                "时效指标",
                "高危孕产妇转诊及时率",
                "≥98%",
            ),
            (
                None,
                "成本指标",
                "新生儿听力筛查补助标准",
                "≤60元/人",
                "成本指标",
                "新生儿听力筛查补助标准",
                "≤60元/人",
            ),
            (
                "效益指标",
                "社会效益指标",
                "婴儿死亡率",
                "≤4.5‰",
                "社会效益指标",
                "婴儿死亡率",
                "≤4.5‰",
            ),
            (
                None,
                "可持续影响指标",
                "妇幼健康服务网络",
                "持续完善",
                "可持续影响指标",
                "妇幼健康服务网络",
                "持续完善",
            ),
            (
                "满意度指标",
                "服务对象满意度指标",
                "孕产妇满意度",
                "≥90%",
                "服务对象满意度指标",
                "孕产妇满意度",
                "≥90%",
            ),
        ],
        merged=(1, 2, 5),
    )
    return b


@variant(
    "og09-township-equipment-two-years",
    (4, 11),
    "two-year project, NAT-2021, operator column, 中期 and 年度 columns, unit column: "
    "the 中期 money misses its parts, ≥ on a 故障率",
)
def og09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 10, 14, 14, 12))
    period = (mk(900, "B101", "error", note="760 + 120 = 880 ≠ 900"), 760, 120)
    project_head(
        s, year=YEAR, years=2, name="乡镇卫生院设备更新项目（第二期）", dept="枫溪县卫生健康局",
        unit="枫溪县卫生健康局", money=multi_year(period, (480, 420, 60)),
        goals=["两年内为14所乡镇卫生院更新基本医疗设备60台，设备验收合格率达到98%以上。",
               "为8所乡镇卫生院更新基本医疗设备32台，设备到货后90天内完成安装调试。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "中期指标值", "年度指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "更新设备台数", "≥", 60, 32, "台"),
        (None, None, "受益乡镇卫生院数量", "≥", 14, 8, "所"),
        (None, "质量指标", "设备验收合格率", "≥", 98, 98, "%"),
        (None, "时效指标", "设备到货安装时限", "≤", 90, 90, "天"),
        ("成本指标", "经济成本指标", "单台设备平均购置成本", "≤", 12, 12, "万元/台"),
        ("效益指标", "社会效益指标", "设备故障率",
         mk("≥", "T108", "warning", row=True, note="故障率 is 反向: ≤"), 3, 3, "%"),
        (None, None, "基层医疗卫生机构诊疗人次增长率", "≥", 5, 3, "%"),
        (None, "可持续影响指标", "设备使用年限", "≥", 8, 8, "年"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥", 90, 90, "%"),
    ])  # fmt: skip
    return b


@variant(
    "og10-disease-surveillance-two-years",
    (4, 8),
    "two-year project, NAT-2021, 中期 and 年度 columns, operators inside the values, "
    "=0起 on outbreaks, footnotes and signature lines",
)
def og10() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标表", (16, 18, 32, 18, 18, 16))
    project_head(
        s, year=YEAR, years=2, name="传染病监测预警与实验室检测能力建设项目",
        dept="青岚市卫生健康委员会", unit="青岚市疾病预防控制中心",
        money=multi_year((800, 800, 0), (450, 450, 0)),
        goals=["新增实验室检测项目20项，建成传染病监测哨点24个，形成覆盖全市的传染病监测预警网络。",
               "新增实验室检测项目12项，建成传染病监测哨点16个，完成监测样本检测1.5万份。"],
    )  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "新增实验室检测项目数", "≥20项", "≥12项"),
        (None, None, "传染病监测哨点数量", "≥24个", "≥16个"),
        (None, None, "监测样本检测数", "≥3万份", "≥1.5万份"),
        (None, "质量指标", "实验室室间质评合格率", "≥95%", "≥95%"),
        (None, None, "法定传染病报告及时率", "≥98%", "≥98%"),
        (None, "时效指标", "突发公共卫生事件报告时限", "≤2小时", "≤2小时"),
        ("成本指标", "经济成本指标", "单个监测哨点年运行成本", "≤5万元/个", "≤5万元/个"),
        ("效益指标", "社会效益指标", "甲类传染病暴发疫情", "=0起", "=0起"),
        (None, "可持续影响指标", "传染病监测预警体系", "持续完善", "逐步完善"),
        ("满意度指标", "服务对象满意度指标", "医疗机构对检测服务满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, ["注：1.金额单位为万元；2.监测哨点指设在二级以上医疗机构的传染病症状监测点；",
              "3.中期指标值为实施期末累计达到的值。"])  # fmt: skip
    s.row("单位负责人：陈立峰", None, "填表人：吴晓婷", None, "填报日期", day(2026, 11, 18))
    return b
