"""A three-year fund with 实施期 and 年度 columns, county allocations above or beside the
indicators, stacked funds, points in the tier labels, word operators: km12–km18."""

from __future__ import annotations

from tests.variants.holdout81.common import alloc, dsum, transfer_head
from tests.variants.holdout81.registry import variant
from tests.variants.kit import Book, money, pct

A6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
COUNTY = ("中央补助", "省级资金", "县级配套")


@variant(
    "km12-ecology-three-years",
    (8, 12),
    "province transfer over 2027—2029, OLD-NAT, "
    "比较符 column, 实施期 and 年度 value columns, 实施期 and 年度 money and goals",
)
def km12() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标表", (16, 16, 30, 10, 14, 14, 12))
    s.title("澄岭省江屿湖流域生态保护修复资金区域绩效目标表（2027年度）", 7)
    s.row(
        "资金名称",
        "江屿湖流域山水林田湖草一体化保护和修复工程资金",
        None,
        "主管部门",
        "澄岭省自然资源厅",
        None,
        None,
        merge=[(2, 3), (5, 7)],
    )
    s.row(
        "资金使用单位",
        "江屿市人民政府及有关县（区）",
        None,
        "实施期",
        "2027年—2029年",
        None,
        None,
        merge=[(2, 3), (5, 7)],
    )
    top = s.row(
        "资金情况（万元）",
        "实施期资金总额",
        "年度资金总额",
        "其中：中央补助",
        "省级资金",
        "市县配套",
        "",
    )
    s.row(None, money(60000), money(22000), money(14000), money(5000), money(3000), "")
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    top = s.row(
        "总体目标",
        "实施期目标（2027年—2029年）",
        None,
        None,
        "年度目标（2027年）",
        None,
        None,
        merge=[(2, 4), (5, 7)],
    )
    s.row(
        None,
        "到2029年完成矿山生态修复1200公顷、河道综合治理96公里、退化林修复3.6万亩、"
        "湿地修复800公顷，流域水质优良断面比例稳定在90%以上。",
        None,
        None,
        "2027年完成矿山生态修复450公顷、河道综合治理35公里、退化林修复1.2万亩、湿地修复"
        "300公顷，启动流域监测体系建设。",
        None,
        None,
        merge=[(2, 4), (5, 7)],
    )
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("一级指标", "二级指标", "三级指标", "比较符", "实施期指标值", "年度指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "矿山生态修复面积", "≥", 1200, 450, "公顷"),
            (None, None, "河道综合治理长度", "≥", 96, 35, "公里"),
            (None, None, "退化林修复面积", "≥", 3.6, 1.2, "万亩"),
            (None, None, "湿地修复面积", "≥", 800, 300, "公顷"),
            (None, "质量指标", "修复工程验收合格率", "=", pct(1), pct(1), "%"),
            (None, None, "造林成活率", "≥", pct(0.85), pct(0.85), "%"),
            (None, "时效指标", "工程完工时间", "≤", "2029年12月31日", "2027年12月31日", ""),
            (None, "成本指标", "矿山生态修复单位成本", "≤", 18, 18, "万元/公顷"),
            ("效益指标", "生态效益指标", "流域水质优良断面比例", "≥", pct(0.9), pct(0.9), "%"),
            (None, None, "新增水土流失治理面积", "≥", 150, 50, "平方公里"),
            (None, "社会效益指标", "受益群众人数", "≥", 60, 25, "万人"),
            (None, "可持续影响指标", "修复成果管护机制", "定性", "健全", "健全", ""),
            ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥", pct(0.9), pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "km13-revitalization-filled-down",
    (2, 12),
    "county's own allocation, OLD-NAT, "
    "tiers filled down, operators and units inside the values, 指标值设定依据 column, "
    "allocation by township on a second sheet",
)
def km13() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (16, 16, 32, 16, 16, 16))
    parts = (2600, 1400, 600)
    transfer_head(
        s,
        year=2027,
        fund="衔接推进乡村振兴补助资金",
        dept="石埠县农业农村局",
        unit="各乡镇人民政府",
        parts=parts,
        labels=COUNTY,
        title="石埠县2027年度衔接推进乡村振兴补助资金绩效目标表",
        goal="2027年实施产业发展项目28个，新建改建农村道路36公里，培训脱贫人口和监测对象1200人，"
        "带动脱贫人口和监测对象就业1500人以上，人均增收600元以上。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", None, merge=[(5, 6)])
    rows = [
        ("产出指标", "数量指标", "产业发展项目个数", "≥28个", "计划标准"),
        ("产出指标", "数量指标", "新建改建农村道路长度", "≥36公里", "计划标准"),
        ("产出指标", "数量指标", "脱贫人口和监测对象技能培训人数", "≥1200人", "计划标准"),
        ("产出指标", "数量指标", "小额信贷贴息户数", "≥900户", "历史标准"),
        ("产出指标", "质量指标", "项目竣工验收合格率", pct(1), "行业标准"),
        ("产出指标", "时效指标", "项目竣工时间", "2027年11月底前", "计划标准"),
        ("产出指标", "成本指标", "农村道路每公里补助", "≤50万元/公里", "行业标准"),
        ("效益指标", "经济效益指标", "带动脱贫人口和监测对象人均增收", "≥600元", "历史标准"),
        ("效益指标", "社会效益指标", "带动脱贫人口和监测对象就业人数", "≥1500人", "计划标准"),
        ("效益指标", "可持续影响指标", "项目资产后续管护机制", "健全", "其他标准"),
        ("满意度指标", "服务对象满意度指标", "脱贫人口和监测对象满意度", "≥90%", "行业标准"),
    ]
    for r in rows:
        s.row(*r, merge=[(5, 6)])
    s.row("说明：分乡镇安排情况见“分配表”。", merge=[(1, 6)])
    t = b.sheet("分配表", (8, 14, 14, 14, 14, 14, 16))
    t.title("石埠县2027年度衔接推进乡村振兴补助资金分配表（单位：万元）", 7)
    totals = alloc(
        t,
        [
            (
                None,
                [
                    ("石埠镇", 460, 250, 110, ""),
                    ("沙洲镇", 420, 230, 95, ""),
                    ("岭下乡", 400, 215, 95, "含道路项目"),
                    ("河西乡", 380, 205, 85, ""),
                    ("龙井乡", 340, 180, 80, ""),
                    ("白石乡", 320, 170, 70, ""),
                    ("横塘镇", 280, 150, 65, ""),
                ],
            )
        ],
        header=("序号", "乡镇", "合计", *COUNTY, "备注"),
    )
    assert totals == [dsum(parts), *parts], totals
    return b


@variant(
    "km14-housing-allocation-first",
    (2, 12),
    "county's own allocation, OLD-NAT, the "
    "allocation by township between the head and the indicators, 序号 column first",
)
def km14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (8, 14, 16, 30, 10, 12, 12))
    parts = (540, 180, 80)
    transfer_head(
        s,
        year=2027,
        fund="农村危房改造补助资金",
        dept="青枫县住房和城乡建设局",
        unit="各乡镇人民政府",
        parts=parts,
        labels=COUNTY,
        title="青枫县2027年度农村危房改造补助资金区域绩效目标表",
        goal="2027年完成农村低收入群体等重点对象危房改造260户、农房抗震改造80户，"
        "确保改造后住房安全鉴定全部合格，改造农户满意度达到95%以上。",
    )
    s.row("资金分配情况（万元）", merge=[(1, 7)])
    totals = alloc(
        s,
        [
            (
                None,
                [
                    ("青枫镇", 140, 46, 20, ""),
                    ("三河镇", 120, 40, 18, ""),
                    ("枫林乡", 110, 37, 16, ""),
                    ("平桥乡", 90, 30, 14, ""),
                    ("茶园乡", 80, 27, 12, ""),
                ],
            )
        ],
        header=("序号", "乡镇", "合计", *COUNTY, "备注"),
    )
    assert totals == [dsum(parts), *parts], totals
    s.skip()
    s.row("序号", "一级指标", "二级指标", "三级指标", "比较符", "指标值", "度量单位")
    s.table(
        [
            (1, "产出指标", "数量指标", "重点对象危房改造户数", "≥", 260, "户"),
            (2, None, None, "农房抗震改造户数", "≥", 80, "户"),
            (3, None, "质量指标", "改造后住房安全鉴定合格率", "=", pct(1), "%"),
            (4, None, None, "危改农户档案信息录入率", "=", pct(1), "%"),
            (5, None, "时效指标", "改造任务竣工时间", "≤", "2027年10月31日", ""),
            (6, None, None, "补助资金验收后兑付时限", "≤", 15, "个工作日"),
            (7, None, "成本指标", "户均补助标准", "≤", 2, "万元/户"),
            (8, "效益指标", "社会效益指标", "农村低收入群体住房安全保障率", "=", pct(1), "%"),
            (9, None, "可持续影响指标", "农房安全常态化巡查机制", "定性", "建立并执行", ""),
            (10, "满意度指标", "服务对象满意度指标", "改造农户满意度", "≥", pct(0.95), "%"),
        ],
        merged=(2, 3),
    )
    s.row("", "填报人：", None, "审核人：", None, "2026年11月26日", None)
    return b
