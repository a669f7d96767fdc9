"""Project returns of the 市属医院, 卫健委, 教育局 (two stacked) and 交通运输局 (lm13–lm16)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout107.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

DEPT_HEALTH = "汀岸市卫生健康委员会（340）"
DEPT_EDU = "汀岸市教育局（301）"
DEPT_TRANS = "汀岸市交通运输局（318）"


@variant(
    "lm13-yiyuan-zhuanke",
    (1, 12),
    "project of a 市属医院, NAT-2021, operators in words (大于等于 / 小于等于) in their own "
    "column, 计量单位 column, money with 财政拨款 and 其他资金 (事业收入)",
)
def lm13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 12, 14, 10))
    project_head(
        s,
        year=2027,
        name="心血管重点专科能力建设",
        dept=DEPT_HEALTH,
        unit="汀岸市第一人民医院",
        attr="新增项目",
        money=[
            ("年度资金总额", money(650, WAN), "其中：财政拨款", money(450, WAN)),
            ("其他资金（事业收入）", money(200, WAN), None, None),
        ],
        goals=[
            "购置心血管专科诊疗设备6台，选派骨干医师进修8人，开展新技术新项目4项，提升区域心血管疾病救治能力。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("成本指标", "经济成本指标", "专科诊疗设备购置成本", "小于等于", 520, "万元"),
            (None, None, "医师进修培训费用", "小于等于", 80, "万元"),
            ("产出指标", "数量指标", "购置专科诊疗设备", "大于等于", 6, "台"),
            (None, None, "选派骨干医师进修", "大于等于", 8, "人"),
            (None, None, "开展心血管新技术新项目", "大于等于", 4, "项"),
            (None, "质量指标", "设备安装调试一次合格率", "大于等于", pct(0.95), "%"),
            (None, "时效指标", "设备采购安装完成时间", "小于等于", "2027年9月30日", None),
            ("效益指标", "社会效益指标", "心血管专科门诊量增长率", "大于等于", pct(0.08), "%"),
            (None, None, "急性心肌梗死患者救治成功率", "大于等于", pct(0.9), "%"),
            (None, "可持续影响指标", "购置设备完好率", "大于等于", pct(0.95), "%"),
            ("满意度指标", "服务对象满意度指标", "住院患者满意度", "大于等于", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    s.row("医院负责人：沈国栋", None, "财务负责人：黎娟", None, "填报人：蒋小伟")
    return b


@variant(
    "lm14-weijian-cunweishengshi",
    (8,),
    "two-year project, NAT-2021, 比较符 column, 中期 and 年度 columns with a two-line header, "
    "计量单位 column",
)
def lm14() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 14, 28, 8, 14, 14, 10))
    project_head(
        s,
        year=2027,
        years=2,
        name="村卫生室标准化建设",
        dept=DEPT_HEALTH,
        unit="汀岸市基层卫生服务指导中心",
        attr="新增项目",
        money=[
            ("中期资金总额", money(1000, WAN), "其中：财政拨款", money(1000, WAN)),
            ("年度资金总额", money(500, WAN), "其中：财政拨款", money(500, WAN)),
        ],
        goals=[
            "两年内完成120个村卫生室标准化改造，培训乡村医生600人次，村卫生室基本药物配备率达到90%以上。",
            "年度完成60个村卫生室标准化改造，培训乡村医生300人次，改造验收合格率95%以上。",
        ],
    )
    top = s.row(
        "一级指标", "二级指标", "三级指标", "比较符", "指标值", None, "计量单位", merge=[(5, 6)]
    )
    s.row(None, None, None, None, "中期", "年度", None)
    for c in (1, 2, 3, 4, 7):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table(
        [
            ("成本指标", "经济成本指标", "单个村卫生室改造补助", "≤", 5, 5, "万元/个"),
            ("产出指标", "数量指标", "完成标准化改造村卫生室", "≥", 120, 60, "个"),
            (None, None, "培训乡村医生", "≥", 600, 300, "人次"),
            (None, "质量指标", "改造项目验收合格率", "≥", pct(0.95), pct(0.95), "%"),
            (None, "时效指标", "改造任务完成时间", "≤", "2028年12月31日", "2027年12月31日", None),
            ("效益指标", "社会效益指标", "村卫生室基本药物配备率", "≥", pct(0.9), pct(0.9), "%"),
            (None, None, "村民就近就医比例", "≥", pct(0.65), pct(0.6), "%"),
            (None, "可持续影响指标", "村卫生室运行维护机制", "定性", "健全", "健全", None),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", pct(0.9), pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    s.row("填报人：孟佳", None, "联系电话：0771-5836618")
    return b


def _edu_table(s, rows):
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(rows, merged=(1, 2))


@variant(
    "lm15-jiaoyu-stacked",
    (2,),
    "two 教育局 projects stacked in one sheet, NAT-2021, 比较符 and 计量单位 columns",
)
def lm15() -> Book:
    b = Book()
    s = b.sheet("项目支出", (16, 16, 30, 10, 14, 12))
    project_head(
        s,
        year=2027,
        name="家庭经济困难学生资助",
        dept=DEPT_EDU,
        unit="汀岸市学生资助管理中心",
        attr="常年项目",
        money=[
            ("年度资金总额", money(540, WAN), "其中：财政拨款", money(540, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["对全市普通高中家庭经济困难学生发放国家助学金，资助学生3000人以上，做到应助尽助。"],
    )
    _edu_table(
        s,
        [
            ("成本指标", "经济成本指标", "普通高中国家助学金平均资助标准", "≤", 1800, "元/人"),
            ("产出指标", "数量指标", "资助普通高中家庭经济困难学生", "≥", 3000, "人"),
            (None, "质量指标", "资助对象认定准确率", "≥", pct(0.98), "%"),
            (None, None, "资助资金足额发放率", "≥", pct(0.99), "%"),
            (None, "时效指标", "秋季学期资助资金发放时间", "≤", "2027年11月30日", None),
            ("效益指标", "社会效益指标", "家庭经济困难学生应助尽助率", "≥", pct(0.98), "%"),
            (None, "可持续影响指标", "学生资助工作机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "受助学生及家长满意度", "≥", pct(0.92), "%"),
        ],
    )
    s.skip()
    s.title("2027年度项目支出绩效目标申报表（二）", 6)
    project_head(
        s,
        year=2027,
        title="",
        name="中小学校舍维修改造",
        dept=DEPT_EDU,
        unit="汀岸市教育后勤服务中心",
        attr="延续项目",
        money=[
            ("年度资金总额", money(1350, WAN), "其中：财政拨款", money(1350, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["完成18所中小学校舍维修改造，改造面积4.5万平方米，消除校舍安全隐患。"],
    )
    _edu_table(
        s,
        [
            ("成本指标", "经济成本指标", "校舍维修改造单位面积成本", "≤", 280, "元/平方米"),
            ("产出指标", "数量指标", "完成维修改造学校", "≥", 18, "所"),
            (None, None, "维修改造校舍面积", "≥", 4.5, "万平方米"),
            (None, "质量指标", "维修改造工程验收合格率", "≥", pct(0.98), "%"),
            (None, "时效指标", "暑期施工项目完工时间", "≤", "2027年8月25日", None),
            ("效益指标", "社会效益指标", "校舍安全隐患整改率", "≥", pct(0.95), "%"),
            (None, "可持续影响指标", "改造后校舍使用年限延长", "≥", 10, "年"),
            ("满意度指标", "服务对象满意度指标", "师生满意度", "≥", pct(0.9), "%"),
        ],
    )
    s.row("填报单位：汀岸市教育局计划财务科", None, None, "填报日期：2026年11月21日")
    return b


@variant(
    "lm16-jiaotong-gongjiao",
    (11,),
    "project, OLD-NAT, tiers written in every row, units inside the values; no 满意度 tier for a "
    "service with riders, a rate given as a count",
)
def lm16() -> Book:
    b = Book()
    b.file_mark("F106", "error", note="公交 riders are identifiable users: 满意度指标 is missing")
    s = b.sheet("Sheet1", (14, 14, 30, 18))
    project_head(
        s,
        year=2027,
        name="城市公共交通运营补贴",
        dept=DEPT_TRANS,
        unit="汀岸市公共交通服务中心",
        attr="常年项目",
        money=[
            ("年度资金总额", money(3200, WAN), "其中：财政拨款", money(3200, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=[
            "保障城区62条公交线路正常运营，更新新能源公交车40辆，落实老年人等群体免费乘车政策。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    rows = [
        ("产出指标", "数量指标", "保障运营公交线路", "≥62条"),
        ("产出指标", "数量指标", "年公交客运量", "≥4500万人次"),
        ("产出指标", "数量指标", "新能源公交车更新率", mk("≥40辆", "T105", "error")),
        ("产出指标", "质量指标", "公交发车准点率", "≥92%"),
        ("产出指标", "质量指标", "百万车公里行车责任事故次数", "≤0.5次"),
        ("产出指标", "时效指标", "季度补贴资金拨付时限", "≤15个工作日"),
        ("产出指标", "成本指标", "公交运营补贴标准", "≤2.6元/车公里"),
        ("效益指标", "社会效益指标", "城区公交站点500米覆盖率", "≥95%"),
        ("效益指标", "社会效益指标", "老年人免费乘车政策落实率", "≥95%"),
        ("效益指标", "生态效益指标", "新能源公交车占比", "≥85%"),
        ("效益指标", "可持续影响指标", "公交运营成本规制机制", "健全"),
    ]
    for r in rows:
        s.row(*r)
    s.row("填报人：邓辉", None, "联系电话：0771-5837340")
    return b
