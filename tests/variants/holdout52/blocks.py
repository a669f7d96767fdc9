"""Returns with blocks and rows around the indicators: a page break with the page foot and the
page head repeated, a 资金明细 block and a 测算依据 block titled in their first column, a 说明
row inside the table (all correct)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout52.common import (
    header,
    note,
    one_year,
    page_break,
    signatures,
    w,
)
from tests.variants.holdout52.registry import variant
from tests.variants.kit import CN_DATE, Book, day, money, pct

COLS6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant(
    "jj05-page-break-repeat",
    (4,),
    "department, NAT-2021, operator and unit columns, a "
    "page break: 打印日期 and 第1页 foot, office and 第2页 head, header row repeated",
)
def jj05() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标", (14, 16, 30, 10, 14, 14))
    department_head(
        s, year=2026, dept="临溪县民政局",
        budget=[(w(5320.8), w(5180.8), w(140), w(1086.5), w(4234.3))],
        tasks=[
            ("城乡最低生活保障", "按月发放城乡低保金", w(2860.0), "应保尽保"),
            ("特困人员救助供养", "集中和分散供养特困人员", w(742.6), "基本生活有保障"),
            ("临时救助", "急难型和支出型临时救助", w(315.7), "救急解难"),
            ("养老服务补贴", "经济困难老年人养老服务补贴", w(316.0), "按时足额发放"),
            ("金额合计", None, w(4234.3), None),
        ],
        goal="兜住兜准兜牢民生底线，困难群众应保尽保，救助资金按时足额社会化发放。",
    )  # fmt: skip
    s.row(*COLS6)
    s.table(
        [
            ("产出指标", "数量指标", "城乡低保保障人数", "≥", 5600, "人"),
            (None, None, "特困供养人员数", "≥", 1080, "人"),
            (None, None, "临时救助人次", "≥", 1500, "人次"),
            (None, None, "经济困难老年人养老服务补贴人数", "≥", 2300, "人"),
            (None, "质量指标", "低保对象动态管理核查率", "=", pct(1), None),
            (None, None, "救助资金社会化发放率", "≥", pct(0.98), None),
            (None, "时效指标", "救助资金按月发放及时率", "≥", pct(0.98), None),
            (None, None, "临时救助审批时限", "≤", 5, "个工作日"),
        ],
        merged=(1, 2),
    )
    page_break(s, "临溪县民政局", "2025-12-08 10:26", 6)
    s.row(*COLS6)
    s.table(
        [
            ("成本指标", "经济成本指标", "城乡低保月人均补差", "≤", 420, "元/人·月"),
            (None, None, "特困供养年人均支出", "≤", 6800, "元/人·年"),
            ("效益指标", "社会效益指标", "困难群众应保尽保率", "=", pct(1), None),
            (None, None, "高龄老人养老服务补贴覆盖率", "≥", pct(0.95), None),
            (None, "可持续影响指标", "社会救助信息化管理覆盖率", "≥", pct(0.95), None),
            ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥", pct(0.9), None),
            (None, None, "社会公众满意度", "≥", pct(0.85), None),
        ],
        merged=(1, 2),
    )
    signatures(s, "邓国强", "吴晓燕", "冯立新", "0736-5203317", "2025年12月8日")
    s.row("打印日期：2025-12-08 10:26", None, None, None, "第2页 共2页", merge=[(1, 4), (5, 6)])
    return b


@variant(
    "jj06-fund-detail-block",
    (12,),
    "one-year project, OLD-NAT, a 资金明细 block titled "
    "in its merged first column (内容 · 数量 · 单价 · 金额) adding up, one value column",
)
def jj06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 14, 14))
    project_head(
        s, year=2026, name="石门镇农村生活垃圾收运处置项目", dept="临溪县石门镇人民政府（611）",
        unit="石门镇农业农村综合服务中心", attr="延续项目", money=one_year(268.4, 268.4, 0),
        goals=("购置垃圾转运车2辆、分类垃圾桶1200只，聘用村级保洁员60人，实现24个行政村生活垃圾"
               "日产日清、无害化处理。",),
    )  # fmt: skip
    top = s.row("资金明细", "支出内容", "数量", "单价（万元）", "金额（万元）", "备注")
    for line in [
        ("垃圾转运车购置", "2辆", 38.5, 77.0, "政府采购"),
        ("分类垃圾桶购置", "1200只", 0.045, 54.0, "政府采购"),
        ("村级保洁员劳务", "60人", 1.8, 108.0, "按年计"),
        ("转运站运行维护", "1项", 29.4, 29.4, "电费、维修"),
        ("合计", None, None, 268.4, None),
    ]:
        s.row(None, line[0], line[1], money(line[2], "0.000") if line[2] else None,
              money(line[3]), line[4])  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "购置垃圾转运车", "2辆", "计划标准"),
            (None, None, "配置分类垃圾桶", "≥1200只", "计划标准"),
            (None, None, "聘用村级保洁员", "≥60人", "计划标准"),
            (None, None, "收运服务覆盖行政村", "≥24个", "计划标准"),
            (None, "质量指标", "农村生活垃圾无害化处理率", "≥95%", "行业标准"),
            (None, None, "收运车辆密闭化率", "100%", "行业标准"),
            (None, "时效指标", "生活垃圾日产日清率", "≥98%", "历史标准"),
            (None, None, "转运车辆到位时间", "2026年6月30日前", "计划标准"),
            (None, "成本指标", "保洁员年人均劳务费", "≤1.8万元/人·年", "计划标准"),
            ("效益指标", "社会效益指标", "农村人居环境整治考核得分", "95分以上", "历史标准"),
            (None, "生态效益指标", "清理垃圾乱堆乱放点位", "≥40个", "历史标准"),
            (None, "可持续影响指标", "村级保洁长效机制", "建立并执行", "其他标准"),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "行业标准"),
        ],
        merged=(1, 2),
    )
    signatures(s, "彭德胜", "罗美华", "唐亮", "0736-5871102", "2025年11月16日")
    return b


@variant(
    "jj07-calc-basis-block",
    (7, 12),
    "one-year project, NAT-2021, a 测算依据 block of "
    "text lines titled in its merged first column; two-line header 指标值 over 比较符 │ "
    "数值 │ 单位",
)
def jj07() -> Book:
    b = Book()
    s = b.sheet("绩效目标申报表", (14, 16, 28, 10, 14, 12, 14))
    project_head(
        s, year=2026, name="新型职业农民培训项目", dept="青岚市农业农村局（507）",
        unit="青岚市农业技术推广站", money=one_year(96, 90, 6),
        goals=("开展新型职业农民培训12期600人次，培育新型农业经营主体40家，参训农民人均增收"
               "2000元以上。",),
    )  # fmt: skip
    top = s.row("测算依据", "1．培训补助：600人次×800元/人次=48万元", merge=[(2, 7)])
    for line in (
        "2．实训基地租用：12期×1.5万元/期=18万元",
        "3．教材及操作手册印制：3000份×60元/份=18万元",
        "4．结业学员跟踪服务：12万元",
        "合计：48+18+18+12=96万元（财政拨款90万元，其他资金6万元）",
    ):
        s.row(None, line, merge=[(2, 7)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    header(s, ("一级指标", "二级指标", "三级指标", "指标值", None, None, "指标值设定依据"),
           (None, None, None, "比较符", "数值", "单位", None))  # fmt: skip
    s.table(
        [
            ("成本指标", "经济成本指标", "人均培训补助标准", "≤", 800, "元/人次", "计划标准"),
            ("产出指标", "数量指标", "培训农民人次", "≥", 600, "人次", "计划标准"),
            (None, None, "开展培训期数", "≥", 12, "期", "计划标准"),
            (None, None, "培训教材发放份数", "≥", 3000, "份", "计划标准"),
            (None, "质量指标", "学员培训合格率", "≥", pct(0.9), None, "历史标准"),
            (None, None, "学员结业考核平均成绩", "≥", 85, "分", "历史标准"),
            (
                None,
                "时效指标",
                "培训任务完成时间",
                "≤",
                day(2026, 10, 31, CN_DATE),
                None,
                "计划标准",
            ),
            ("效益指标", "经济效益指标", "参训农民人均增收", "≥", 2000, "元", "历史标准"),
            (None, "社会效益指标", "培育新型农业经营主体", "≥", 40, "家", "计划标准"),
            (None, "可持续影响指标", "结业学员跟踪服务覆盖率", "≥", pct(0.8), None, "计划标准"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "参训学员满意度",
                "≥",
                pct(0.92),
                None,
                "行业标准",
            ),
        ],
        merged=(1, 2),
    )
    signatures(s, "曾凡荣", "蒋玉兰", "田野", "0739-6630925", "2025年11月21日")
    return b


@variant(
    "jj08-note-row-inside",
    (4, 5),
    "one-year project, OLD-NAT, ★ core indicators, a 说明 "
    "row merged across the table between two tiers, a 设定依据 column",
)
def jj08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 18, 14))
    project_head(
        s, year=2026, name="义务教育学校校舍维修改造项目", dept="临溪县教育局（301）",
        unit="临溪县教育局基建股", attr="常年项目", money=one_year(580, 500, 80),
        goals=("维修改造义务教育学校校舍1.2万平方米、厕所26座，更换课桌椅1800套，暑期完工，"
               "消除校舍D级危房。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    s.table(
        [
            ("产出指标", "数量指标", "★维修改造校舍面积", "≥1.2万平方米", "计划标准"),
            (None, None, "改造学校厕所", "≥26座", "计划标准"),
            (None, None, "更换课桌椅", "≥1800套", "计划标准"),
            (None, "质量指标", "★工程验收合格率", "100%", "行业标准"),
            (None, None, "校舍D级危房消除率", "100%", "行业标准"),
            (None, "时效指标", "暑期施工完成时间", "2026年8月25日前", "计划标准"),
            (None, "成本指标", "校舍维修综合单价", "≤380元/平方米", "历史标准"),
        ],
        merged=(1, 2),
    )
    note(s, "说明：标★的为核心指标，不得删减；“计划标准”指县教育局本年度校舍维修计划。", 5)
    s.table(
        [
            ("效益指标", "社会效益指标", "★受益学生人数", "≥9500人", "计划标准"),
            (None, None, "学校办学条件达标率", "≥95%", "行业标准"),
            (None, "可持续影响指标", "校舍安全隐患排查机制", "常态化运行", "其他标准"),
            ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "行业标准"),
            (None, None, "家长满意度", "≥88%", "行业标准"),
        ],
        merged=(1, 2),
    )
    signatures(s, "谢永福", "袁丽萍", "潘小军", "0736-5260418", "2025年11月19日")
    return b
