"""中央预算内投资 plans and project forms with a 以前年度资金 block (lv03, lv04, lv09, lv10,
lv15)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout116.common import amt, indicators, sign
from tests.variants.holdout116.registry import variant
from tests.variants.kit import Book, C, Sheet, mk, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "年度指标值", "计量单位")


def invest_head(s: Sheet, *, name: str, unit: str, place: str, dept: str, nature: str,
                period: str, invest: Sequence[Any], goal: str, annual: str,
                title: str | None = "2026年中央预算内投资计划项目绩效目标表") -> None:  # fmt: skip
    """A 中央预算内投资 head: ``invest`` = (总投资, 以前年度已下达, 本年下达投资, 其中中央预算内
    投资, 地方配套)."""
    if title:
        s.title(title, 6)
    s.row("项目名称", name, None, "项目单位", unit, None, merge=[(2, 3), (5, 6)])
    s.row("建设地点", place, None, "主管部门", dept, None, merge=[(2, 3), (5, 6)])
    s.row("建设性质", nature, None, "建设周期", period, None, merge=[(2, 3), (5, 6)])
    top = s.row("投资情况（万元）", "总投资", "以前年度已下达", "本年下达投资",
                "其中：中央预算内投资", "地方配套")  # fmt: skip
    s.row(None, *[v if isinstance(v, C) else amt(v) for v in invest])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("项目总体目标", goal, None, None, None, None, merge=[(2, 6)])
    s.row("本年度绩效目标", annual, None, None, None, None, merge=[(2, 6)])


@variant("lv03-sewer-central-investment", (5, 12), "中央预算内投资计划项目绩效目标表: 总投资 · "
         "以前年度已下达 · 本年下达投资 · 中央预算内投资 · 地方配套 in one row, "
         "NAT-2021")  # fmt: skip
def lv03() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (16, 18, 30, 12, 16, 14))
    invest_head(
        s, name="云栖县城区污水管网改造及提质增效工程", unit="云栖县住房和城乡建设局",
        place="澜州省沅岭市云栖县", dept="云栖县发展和改革局", nature="改扩建",
        period="2025年7月—2027年12月", invest=(24800, 6200, 8600, 6000, 2600),
        goal="建设期内新建改造城区污水管网42公里、提升泵站4座，完成48个小区雨污分流改造，"
        "城区污水集中收集率达到80%以上。",
        annual="2026年新建改造污水管网18.5公里，建成提升泵站2座，完成24个小区雨污分流改造，"
        "城区污水集中收集率达到75%以上。",
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "新建改造污水管网长度", "≥", 18.5, "公里"),
        (None, None, "建成提升泵站", "≥", 2, "座"),
        (None, None, "雨污分流改造小区", "≥", 24, "个"),
        (None, "质量指标", "工程质量验收合格率", "=", pct(1), "%"),
        (None, None, "管道闭水试验一次合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "年度投资计划完成率", "≥", pct(0.9), "%"),
        (None, None, "中央预算内投资支付进度", "≥", pct(0.9), "%"),
        ("成本指标", "经济成本指标", "污水管网改造单位造价", "≤", 460, "万元/公里"),
        (None, "生态环境成本指标", "施工扬尘防治措施落实率", "=", pct(1), "%"),
        ("效益指标", "社会效益指标", "城区污水集中收集率", "≥", pct(0.75), "%"),
        (None, None, "受益人口", "≥", 8.6, "万人"),
        (None, "生态效益指标", "污水处理厂进水BOD浓度", "≥", 100, "mg/L"),
        (None, "可持续影响指标", "管网设计使用年限", "≥", 50, "年"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "项目单位（盖章）：云栖县住房和城乡建设局", "县发展改革局审核意见：同意上报")
    return b


@variant("lv04-heating-investment-above-total", (5, 12), "中央预算内投资计划项目绩效目标表: the "
         "本年下达投资 above a 总投资 typed a digit short; a 达标率 of 105%")  # fmt: skip
def lv04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 12, 16, 14))
    invest_head(
        s, name="杏垣县中心城区老旧供热管网改造工程", unit="杏垣县城市管理局",
        place="澜州省沅岭市杏垣县", dept="杏垣县发展和改革局", nature="改建",
        period="2026年3月—2027年10月",
        invest=(mk(amt(1960), "B103", "error", row=True,
                   note="总投资 1,960 below the 本年下达投资 4,500 (1.96亿元 in the goal text)"),
                0, 4500, 3600, 900),
        goal="项目总投资1.96亿元，改造老旧供热一级管网16公里、二级管网38公里，改造换热站22座，"
        "供热管网热损失率降至15%以下。",
        annual="2026年改造一级管网7公里、二级管网15公里、换热站9座，采暖季前投入运行。",
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "改造一级供热管网长度", "≥", 7, "公里"),
        (None, None, "改造二级供热管网长度", "≥", 15, "公里"),
        (None, None, "改造换热站数量", "≥", 9, "座"),
        (None, "质量指标", "管网焊口无损检测合格率", "=", pct(1), "%"),
        (None, None, "采暖期用户室温达标率", "≥",
         mk(pct(1.05), "T106", "error", alt=("T116",), note="a 达标率 of 105%"), "%"),
        (None, "时效指标", "改造管网投运时间", "≤", "2026年10月31日", None),
        ("成本指标", "经济成本指标", "二级管网改造单位造价", "≤", 180, "万元/公里"),
        (None, "社会成本指标", "施工占道单段时长", "≤", 20, "天"),
        ("效益指标", "经济效益指标", "年节约标准煤", "≥", 6800, "吨"),
        (None, "社会效益指标", "受益供热面积", "≥", 210, "万平方米"),
        (None, "生态效益指标", "供热管网热损失率", "≤", pct(0.15), "%"),
        (None, "可持续影响指标", "管网设计使用年限", "≥", 30, "年"),
        ("满意度指标", "服务对象满意度指标", "热用户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "项目单位负责人：孟庆川", "填报日期：2026年1月12日")
    return b


def prior_years(s: Sheet, rows: Sequence[Sequence[Any]], total: Sequence[Any]) -> None:
    """以前年度资金安排情况（万元）: 年度 · 资金合计 · 财政拨款 · 其他资金 · 执行数 · 备注."""
    top = s.row("以前年度资金安排情况（万元）", "年度", "资金合计", "其中：财政拨款", "其他资金",
                "执行数")  # fmt: skip
    for r in rows:
        s.row(None, *[v if isinstance(v, C | str) else amt(v) for v in r])
    s.row(None, *[v if isinstance(v, C | str) else amt(v) for v in total])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


HEAD2 = ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位")


@variant("lv09-city-platform-prior-years", (8, 12), "project, four years, a 以前年度资金 block "
         "by year (2024, 2025, 合计) under the head, 中期 and 年度 columns, OLD-NAT")  # fmt: skip
def lv09() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (16, 16, 30, 12, 14, 14, 12))
    project_head(
        s, year=2024, years=4, title="2026年度项目支出绩效目标申报表",
        name="沅岭市智慧城管平台升级运维项目", dept="沅岭市城市管理局（307）",
        unit="沅岭市数字化城市管理监督指挥中心", attr="延续项目",
        money=[("中期资金总额", amt(6400), "年度资金总额", amt(2000)),
               ("其中：财政拨款", amt(5400), "其中：财政拨款", amt(1700)),
               ("其他资金", amt(1000), "其他资金", amt(300))],
        goals=["2024—2027年接入视频监控点位4800个，完成城市部件普查120万条，案件结案率保持95%以上，"
               "市民满意度达到90%以上。",
               "2026年新接入视频监控点位1600个，更新城市部件数据40万条，开展业务培训8场，"
               "案件平均处置时长不超过24小时。"],
    )  # fmt: skip
    prior_years(s, [("2024年", 1200, 1000, 200, 1176), ("2025年", 1800, 1500, 300, 1710)],
                ("合计", 3000, 2500, 500, 2886))  # fmt: skip
    indicators(s, HEAD2, [
        ("产出指标", "数量指标", "新接入视频监控点位", "≥", 4800, 1600, "个"),
        (None, None, "城市部件普查数据更新", "≥", 120, 40, "万条"),
        (None, None, "业务培训场次", "≥", 24, 8, "场"),
        (None, "质量指标", "案件结案率", "≥", pct(0.95), pct(0.95), "%"),
        (None, None, "平台系统可用率", "≥", pct(0.995, "0.0%"), pct(0.995, "0.0%"), "%"),
        (None, "时效指标", "案件平均处置时长", "≤", 24, 24, "小时"),
        (None, None, "故障响应时间", "≤", 2, 2, "小时"),
        (None, "成本指标", "平台年均运维费用", "≤", 300, 300, "万元"),
        ("效益指标", "社会效益指标", "群众投诉办结率", "≥", pct(0.98), pct(0.98), "%"),
        (None, None, "城市管理问题主动发现率", "≥", pct(0.8), pct(0.8), "%"),
        (None, "可持续影响指标", "部件数据更新周期", "≤", 1, 1, "月"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥", pct(0.9), pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "项目负责人：韦建平  电话：0871-55316620", "单位负责人签字：（盖章）")
    return b


@variant("lv10-soil-prior-year-wrong", (8, 12), "project, five years, a 以前年度资金 block by "
         "year with one year's 资金合计 ≠ 财政拨款 + 其他资金; a 中期 count copied "
         "into 年度")  # fmt: skip
def lv10() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (16, 16, 30, 12, 14, 14, 12))
    project_head(
        s, year=2023, years=5, title="2026年度项目支出绩效目标申报表",
        name="芦塘县小流域水土保持综合治理项目", dept="芦塘县水利局（214）",
        unit="芦塘县水土保持工作站", attr="延续项目",
        money=[("中期资金总额", amt(7500), "年度资金总额", amt(1300)),
               ("其中：财政拨款", amt(6500), "其中：财政拨款", amt(1100)),
               ("其他资金", amt(1000), "其他资金", amt(200))],
        goals=["2023—2027年综合治理水土流失面积36平方公里，建设生态清洁小流域4条，项目区林草覆盖率"
               "提高到62%以上。",
               "2026年综合治理水土流失面积7.5平方公里，建设生态清洁小流域1条，营造水土保持林"
               "2600亩。"],
    )  # fmt: skip
    prior_years(
        s,
        [
            ("2023年", 1400, 1200, 200, 1372),
            (
                "2024年",
                mk(amt(2150), "B101", "error", note="1,800 + 250 = 2,050, typed 2,150"),
                1800,
                250,
                1968,
            ),
            ("2025年", 1600, 1400, 200, 1520),
        ],
        ("合计", ok(amt(5150), "error", note="sums the typo; tolerated"), 4400, 650, 4860),
    )
    indicators(s, HEAD2, [
        ("产出指标", "数量指标", "综合治理水土流失面积", "≥", 36,
         mk(36, "D202", "warning", note="the five-year 36 copied into 2026 (goal text: 7.5)"),
         "平方公里"),
        (None, None, "建设生态清洁小流域", "≥", 4, 1, "条"),
        (None, None, "营造水土保持林", "≥", 12000, 2600, "亩"),
        (None, None, "新建谷坊及拦沙坝", "≥", 60, 14, "座"),
        (None, "质量指标", "治理措施验收合格率", "≥", pct(0.95), pct(0.95), "%"),
        (None, None, "造林成活率", "≥", pct(0.85), pct(0.85), "%"),
        (None, "时效指标", "年度治理任务完成时间", "≤", "2027年12月31日", "2026年12月31日", None),
        (None, "成本指标", "综合治理单位面积投资", "≤", 180,
         ok(160, note="160 × the copied 36 exceeds the year's money; 160 × 7.5 does not"),
         "万元/平方公里"),
        ("效益指标", "生态效益指标", "项目区林草覆盖率", "≥", pct(0.62), pct(0.56), "%"),
        (None, None, "年减少土壤侵蚀量", "≥", 9.5, 2.1, "万吨"),
        (None, "社会效益指标", "受益群众", "≥", 2.4, 0.6, "万人"),
        (None, "可持续影响指标", "治理设施管护责任落实率", "=", pct(1), pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥", pct(0.9), pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "项目负责人：邝志远", "填报日期：2025年12月8日")
    return b


@variant("lv15-two-investments-stacked", (2, 5, 12), "中央预算内投资计划, two projects stacked "
         "in one sheet, each with its own 投资情况 row, goals and NAT-2021 indicators")  # fmt: skip
def lv15() -> Book:
    b = Book()
    s = b.sheet("第二批", (16, 18, 30, 12, 16, 14))
    s.title("2026年中央预算内投资计划（第二批）项目绩效目标表", 6)
    s.row("一、松陂县第二人民医院门急诊综合楼建设项目", None, None, None, None, None,
          merge=[(1, 6)])  # fmt: skip
    invest_head(
        s, title=None, name="松陂县第二人民医院门急诊综合楼建设项目", unit="松陂县第二人民医院",
        place="松陂县城南新区", dept="松陂县卫生健康局", nature="新建",
        period="2025年9月—2027年6月", invest=(16800, 5000, 7000, 5000, 2000),
        goal="建成门急诊综合楼2.4万平方米，新增急诊留观床位40张，县域就诊率达到90%以上。",
        annual="2026年完成主体结构封顶及机电安装60%，累计完成投资12000万元。",
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "主体结构完成建筑面积", "≥", 2.4, "万平方米"),
        (None, None, "机电安装完成比例", "≥", pct(0.6), "%"),
        (None, "质量指标", "分部分项工程验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "主体结构封顶时间", "≤", "2026年9月30日", None),
        ("成本指标", "经济成本指标", "建安工程单位造价", "≤", 2800, "元/平方米"),
        ("效益指标", "社会效益指标", "新增急诊留观床位", "≥", 40, "张"),
        (None, "可持续影响指标", "建筑设计使用年限", "≥", 50, "年"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.skip()
    s.row("二、柘溪县疾病预防控制中心实验室能力提升项目", None, None, None, None, None,
          merge=[(1, 6)])  # fmt: skip
    invest_head(
        s, title=None, name="柘溪县疾病预防控制中心实验室能力提升项目",
        unit="柘溪县疾病预防控制中心", place="柘溪县城关镇", dept="柘溪县卫生健康局",
        nature="改扩建", period="2026年3月—2027年3月", invest=(4200, 0, 3200, 2500, 700),
        goal="改造P2实验室及理化检测用房3600平方米，购置检测设备86台（套），检测项目达到320项。",
        annual="2026年完成实验室改造，购置检测设备60台（套），检测项目达到260项以上。",
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "实验室改造面积", "≥", 3600, "平方米"),
        (None, None, "购置检测设备", "≥", 60, "台（套）"),
        (None, None, "可开展检测项目", "≥", 260, "项"),
        (None, "质量指标", "实验室改造验收合格率", "=", pct(1), "%"),
        (None, None, "设备安装调试合格率", "=", pct(1), "%"),
        (None, "时效指标", "实验室改造完成时间", "≤", "2026年11月30日", None),
        ("成本指标", "经济成本指标", "实验室改造单位造价", "≤", 3500, "元/平方米"),
        ("效益指标", "社会效益指标", "传染病检测项目县域内完成率", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "设备年均使用率", "≥", pct(0.8), "%"),
        ("满意度指标", "服务对象满意度指标", "送检单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "松陂县发展和改革局、柘溪县发展和改革局（盖章）", "2026年2月16日")
    return b
