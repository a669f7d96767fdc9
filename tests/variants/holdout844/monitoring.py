"""Bird monitoring: waterbird censuses, migration tracking, camera networks, survey lines."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout844.common import (
    YEAR,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout844.registry import variant
from tests.variants.kit import Book, C, day, mk, pct

DEPT = "蒲澜县林业和湿地保护局（217004）"
STATION = "蒲澜县湿地鸟类监测站"


@variant("kfv07-bird-survey-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, 0起 on an incident count, weights add to 100 (correct)")  # fmt: skip
def bird_survey_flat() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=STATION,
                    budget=[(wan(320), wan(300), wan(20), wan(210), wan(110))],
                    goal="全年开展越冬水鸟同步调查12次（越冬期8次、繁殖期4次），维护监测样线24条，"
                         "环志鸟类800只以上，按时报送监测报告。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("越冬水鸟同步调查次数", 15, "次", "≥", 12),
        ("监测样线维护数量", 10, "条", "≥", 24),
        ("鸟类环志数量", 10, "只", "≥", 800),
        ("监测数据有效率", 15, "%", "≥", pct(0.95)),
        ("监测报告报送及时率", 10, "%", "=", pct(1)),
        ("监测设备人为损毁事件", 10, "起", "≤", 0),
        ("单次同步调查平均成本", 10, "万元/次", "≤", 1.5),
        ("湿地鸟类记录种类", 10, "种", "≥", 120),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "莫栖川", "0598-6630952", day(YEAR - 1, 11, 18))
    return b


@variant("kfv08-waterbird-census", (11, 5),
         "project, OLD-NAT with abbreviated tier labels, operators in words in their own column, "
         "unit column: a census count twice with two values, a quality rate under 时效, a "
         "failure rate with 大于等于")  # fmt: skip
def waterbird_census() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鸥汀湖越冬水鸟同步调查", dept=DEPT, unit=STATION,
                 money=one_year(40, 35, 5),
                 goals=["全年开展水鸟同步调查6次，布设监测样点32个，"
                        "形成年度监测报告。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出", "数量", "水鸟同步调查次数", "大于等于", 6, "次"),
        (None, None, "监测样点数量", "大于等于", 32, "个"),
        (None, None, mk("同步调查次数", "D102", "error", row=True, alt=("D103", "D101", "D104"),
                        note="the census count of the first row again, with 4 instead of 6"),
         "大于等于", 4, "次"),
        (None, "质量", "调查记录完整率", "大于等于", 95, "%"),
        (None, None, "监测设备故障率", mk("大于等于", "T108", "warning", row=True,
                                           note="a failure rate is 反向: at most, not at least"),
         5, "%"),
        (None, "时效", mk("监测数据有效率", "F201", "warning", row=True,
                          note="a quality rate under 时效"), "大于等于", 95, "%"),
        (None, None, "年度监测报告提交时间", "小于等于", "2026年12月15日", None),
        (None, "成本", "单次同步调查成本", "小于等于", 2.5, "万元/次"),
        ("效益", "生态效益", "越冬水鸟记录种类", "大于等于", 40, "种"),
        ("满意度", "服务对象满意度", "合作科研单位满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant("kfv09-migration-tracking", (8, 10),
         "two-year project, NAT-2021, 中期 and 年度 columns: the period's counts beside smaller "
         "annual ones, rates raised in 百分点, equal rates and unit costs (correct)")  # fmt: skip
def migration_tracking() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=2, name="候鸟迁徙通道卫星跟踪与自动监测站建设",
                 dept=DEPT, unit=STATION, attr="新增项目",
                 money=multi_year((260, 240, 20), (150, 140, 10)),
                 goals=["完成候鸟卫星跟踪60只，建设自动监测站8座，水鸟监测覆盖率提高10个"
                        "百分点以上，形成迁徙通道评估报告。",
                        "完成候鸟卫星跟踪35只，建设自动监测站5座，水鸟监测覆盖率提高6个"
                        "百分点以上，为2027年形成迁徙通道评估报告积累数据。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "卫星跟踪候鸟数量", "≥60只", "≥35只"),
        (None, None, "自动监测站建设数量", "≥8座", "≥5座"),
        (None, "质量指标", "跟踪器数据回传率", "≥90%", "≥90%"),
        (None, "时效指标", "监测站建成时间", "2027年10月31日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单座监测站建设成本", "≤12万元/座", "≤12万元/座"),
        (None, None, "卫星跟踪器单价", "≤1.2万元/只", "≤1.2万元/只"),
        ("效益指标", "生态效益指标", "水鸟监测覆盖率", "提高≥10百分点", "提高≥6百分点"),
        (None, "可持续影响指标", "迁徙通道监测数据库", "建成并持续运行", "完成一期建设"),
        ("满意度指标", "服务对象满意度指标", "合作保护区满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kfv10-camera-network", (12, 9),
         "project, OLD-NAT, detail lines below the table: lines short of their 合计, a unit "
         "cost × count above the money, a deadline stored as a date serial in text")  # fmt: skip
def camera_network() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="荻洲湿地红外相机监测网络建设", dept=DEPT, unit=STATION,
                 money=one_year(96, 90, 6),
                 goals=["布设红外相机150台、监测点位50个，建成湿地鸟类影像监测网络。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "红外相机布设数量", "≥150台"),
        (None, None, "监测点位数量", "≥50个"),
        (None, "质量指标", "相机有效拍摄率", "≥85%"),
        (None, "时效指标", "监测网络建成时间",
         mk("46326", "X104", "warning", alt=("T116",),
            note="a date serial (2026-10-31) stored as text")),
        (None, "成本指标", "红外相机单价",
         mk("≤0.8万元/台", "B107", "warning", row=True,
            note="0.8万元/台 × 150台 = 120万元, above the 96万元 of the project")),
        ("效益指标", "生态效益指标", "影像识别鸟类物种数", "≥60种"),
        ("满意度指标", "服务对象满意度指标", "巡护人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "明细项目", "金额（万元）", "测算依据", None, None, merge=[(4, 6)])
    s.row(None, "设备购置", wan(60), "红外相机及存储设备", merge=[(4, 6)])
    s.row(None, "安装调试", wan(18), "50个点位立杆安装", merge=[(4, 6)])
    s.row(None, "数据平台运维", wan(12), "影像识别平台年度运维", merge=[(4, 6)])
    total: C = mk(wan(96), "B102", "error", alt=("B101",), note="60 + 18 + 12 = 90, not 96")
    s.row(None, "合计", total, None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=s.r - 4, start_column=1, end_row=s.r, end_column=1)
    return b


@variant("kfv11-survey-line-template", (6, 13, 7),
         "project, NAT-2021, header 预期目标: a template example row left in, a tier-2 left "
         "without indicator, a value without a name")  # fmt: skip
def survey_line_template() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="湿地鸟类样线调查", dept=DEPT, unit=STATION,
                 money=one_year(30, 30, 0),
                 goals=["完成鸟类调查样线18条，监测数据按月入库，开展护鸟科普活动。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "鸟类调查样线数量", "≥18条"),
        (None, None, "（示例）培训人次",
         mk("≥**人次", "X101", "error", note="the template's example row left in")),
        (None, "质量指标", "监测数据入库率", "≥95%"),
        (None, "时效指标", "监测月报报送时间", "每月10日前"),
        ("成本指标", "经济成本指标", "样线调查单位成本", "≤0.6万元/条"),
        (None, mk("社会成本指标", "F109", "warning", row=True,
                  note="a template tier-2 with no indicator and no value"), None, None),
        ("效益指标", "生态效益指标", "鸟类栖息地评估报告", "≥1份"),
        (None, "社会效益指标", mk(None, "F110", "error",
                                   note="a value without an indicator name"), "≥2000人次"),
        ("满意度指标", "服务对象满意度指标", "监测合作单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kfv12-core-labels", (5, 4),
         "transfer-payment project, OLD-NAT, labels with * and ★ core indicators, a 注 row "
         "inside the table, 填表说明 and a signature dated the year before (correct)")  # fmt: skip
def core_labels() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="湿地保护补助资金（鸟类监测）", dept=DEPT, unit=STATION,
                 money=one_year(75, 60, 15, parts=("其中：中央补助", "地方资金")),
                 goals=["监测重点保护鸟类25种以上，全年监测200天，"
                        "按季度报送监测报告。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("*产出指标", "*数量指标", "★重点保护鸟类监测种数", "≥25种"),
        (None, None, "监测天数", "≥200天"),
        (None, "*质量指标", "★监测数据合格率", "≥95%"),
        (None, "时效指标", "季度监测报告报送时限", "季度结束后15日内"),
        (None, "成本指标", "监测设备维护费用", "≤8万元"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：带★的为核心指标，不得删除；带*的为必填项。", width=4)
    s.table([
        ("*效益指标", "生态效益指标", "重点监测区鸟类栖息地面积", "保持稳定"),
        (None, "社会效益指标", "护鸟宣传受众人次", "≥5000人次"),
        ("满意度指标", "服务对象满意度指标", "保护区管护人员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.指标值应量化；2.金额单位为万元。", width=4)
    sign(s, "黎澜生", "0598-6637126", day(YEAR - 1, 12, 8))
    return b
