"""Very wide tables from other tools: many extra columns (指标解释, 评分标准, 数据来源, 责任科室,
完成时限, 备注) in varying order, a table starting in column C, spacer columns, two-line headers,
and hidden rows or columns that keep last year's values."""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from tests.variants.holdout31.common import banner, pairs, project, signature
from tests.variants.holdout31.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, ok, pct


@variant("io05-wide-from-column-c-ok", (7, 4), "project, OLD-NAT, table from column C, a spacer "
         "column after the value, 指标解释 · 评分标准 · 数据来源 · "
         "责任科室 · 完成时限 · 备注")  # fmt: skip
def io05() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (2, 2, 12, 12, 26, 14, 2, 26, 24, 12, 10, 12, 10))
    project(s, col=3, width=11, year=2025, name="云岫县农村公路养护及危桥改造",
            dept="云岫县交通运输局", unit="云岫县公路事务中心",
            money=(money(560, WAN), money(520, WAN), money(40, WAN)),
            goal="完成农村公路日常养护860公里，改造危桥6座，优良路率达到85%以上。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, "指标解释", "评分标准", "数据来源",
          "责任科室", "完成时限", "备注", col=3)  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "农村公路日常养护里程", "≥860公里", None,
         "全年纳入日常养护的农村公路里程", "完成得满分，每少10公里扣0.5分", "养护台账",
         "公路股", day(2025, 12, 31), None),
        (None, None, "危桥改造数量", "≥6座", None, "完成改造并通过交工验收的危桥",
         "每少1座扣1分", "交工验收报告", "建设股", day(2025, 10, 31), None),
        (None, "质量指标", "养护路段优良路率", "≥85%", None, "技术状况评定为优、良的里程占比",
         "达到得满分，低于目标按比例扣分", "路况检测报告", "公路股", day(2025, 12, 31), None),
        (None, None, "危桥改造交工验收合格率", pct(1), None, "验收合格座数/改造座数",
         "未达100%不得分", "交工验收报告", "建设股", day(2025, 11, 30), "100%"),
        (None, "时效指标", "危桥改造完工时间", "2025年10月31日前", None, "主体工程完工",
         "逾期不得分", "施工日志", "建设股", day(2025, 10, 31), None),
        (None, "成本指标", "农村公路日常养护单位成本", "≤0.35万元/公里", None,
         "养护资金/养护里程", "超出不得分", "财务账表", "财务股", day(2025, 12, 31), None),
        (None, None, "危桥改造单座补助标准", "≤40万元/座", None, "省定补助标准",
         "超出不得分", "批复文件", "财务股", day(2025, 12, 31), None),
        ("效益指标", "社会效益指标", "公路沿线行政村通达率", "100%", None,
         "通硬化路的行政村占比", "未达100%不得分", "路网统计", "规划股", day(2025, 12, 31),
         None),
        (None, "可持续影响指标", "农村公路管护长效机制", "建立并执行", None,
         "县乡村三级路长制运行情况", "未建立不得分", "工作台账", "公路股", day(2025, 12, 31),
         None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", None, "问卷调查",
         "每低1个百分点扣0.5分", "满意度调查报告", "办公室", day(2025, 12, 15), None),
    ], merged=(1, 2), col=3)  # fmt: skip
    s.row("注：完成时限为最迟完成日期；评分标准用于年终绩效自评。", col=3)
    signature(s, 3, "周某", "0738-6621045", day(2024, 12, 6, CN_DATE))
    return b


@variant("io06-wide-two-line-header-ok", (7, 10), "project, NAT-2021, two-line header with 序号, "
         "指标解释 and 责任科室 before the operator/value/unit trio, 评分标准, weights adding to "
         "100, 数据来源, 备注")  # fmt: skip
def io06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (6, 12, 14, 26, 24, 10, 8, 12, 10, 22, 6, 12, 8))
    project(s, col=1, width=13, year=2025, name="柘岭镇污水管网提升改造",
            dept="柘岭镇人民政府", unit="柘岭镇村镇建设服务中心", attr="一次性项目",
            money=(money(900), money(750), money(150)),
            goal="新建污水管网12.6公里，改造检查井240座，"
            "镇区污水收集处理率达到85%以上。")  # fmt: skip
    top = s.row("序号", "绩效指标", None, None, "指标解释", "责任科室", "目标值", None, None,
                "评分标准", "权重", "数据来源", "备注")  # fmt: skip
    s.row(None, "一级指标", "二级指标", "三级指标", None, None, "比较符", "指标值", "计量单位")
    s.ws.merge_cells(start_row=top, start_column=2, end_row=top, end_column=4)
    s.ws.merge_cells(start_row=top, start_column=7, end_row=top, end_column=9)
    for c in (1, 5, 6, 10, 11, 12, 13):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        (1, "产出指标", "数量指标", "新建污水管网长度", "DN300及以上主管", "建设办", "≥", 12.6,
         "公里", "完成得满分，按比例扣分", 10, "竣工图", None),
        (2, None, None, "改造检查井数量", "含雨污分流井", "建设办", "≥", 240, "座",
         "完成得满分，按比例扣分", 10, "竣工图", None),
        (3, None, "质量指标", "管道闭水试验合格率", "闭水试验合格段/试验段", "建设办", "=", 100,
         "%", "未达100%不得分", 10, "试验记录", None),
        (4, None, "时效指标", "主体工程完工时间", "管网通水", "建设办", "≤",
         day(2025, 11, 30), None, "逾期不得分", 10, "施工日志", None),
        (5, "成本指标", "经济成本指标", "管网建设单位成本", "含检查井及路面恢复", "财政所", "≤",
         62, "万元/公里", "超出不得分", 20, "结算审计报告", None),
        (6, "效益指标", "生态效益指标", "镇区污水收集处理率", "收集处理量/排放量", "生态办", "≥",
         85, "%", "每低1个百分点扣1分", 10, "污水厂运行报表", None),
        (7, None, "社会效益指标", "受益居民户数", "管网覆盖户数", "社会事务办", "≥", 3200, "户",
         "按比例扣分", 10, "户籍台账", None),
        (8, None, "可持续影响指标", "管网运行维护机制", "委托专业单位运维", "建设办", "定性",
         "健全", None, "未建立不得分", 10, "运维合同", None),
        (9, "满意度指标", "服务对象满意度指标", "受益居民满意度", "入户问卷", "党政办", "≥", 90,
         "%", "每低1个百分点扣0.5分", 10, "问卷汇总", None),
        (None, "合计", None, None, None, None, None, None, None, None, 100, None, None),
    ], merged=(2, 3))  # fmt: skip
    return b


@variant("io07-wide-defects", (7, 1, 9), "project, OLD-NAT, wide table (备注 · 指标值 · 完成时限 · "
         "责任科室 · 指标解释 order): a 完成时限 two years early, a 合格率 over 100%, a doubled "
         "operator")  # fmt: skip
def io07() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (12, 12, 26, 8, 14, 12, 12, 26, 20))
    project(s, col=1, width=9, year=2025, name="鹭汀县小型水库除险加固",
            dept="鹭汀县水利局", unit="鹭汀县水利工程管理站", attr="一次性项目",
            money=(money(640), money(600), money(40)),
            goal="完成8座小型水库除险加固，消除病险隐患，恢复设计灌溉面积。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "备注", "指标值", "完成时限", "责任科室",
          "指标解释", "数据来源")  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "除险加固小型水库数量", None, "≥8座", day(2025, 11, 30),
         "工程股", "完成主体工程的水库座数", "竣工验收资料"),
        (None, None, "新建大坝安全监测设施", None, "≥8套", day(2025, 11, 30), "工程股",
         "雨水情及安全监测设施", "安装记录"),
        (None, "质量指标", "单位工程验收合格率", None,
         mk("≥105%", "T106", "error", note="a pass rate above 100%"), day(2025, 12, 20),
         "质监站", "合格单位工程/验收单位工程", "验收鉴定书"),
        (None, None, "大坝安全鉴定结论达标率", None,
         mk("≥≤90%", "T116", "warning", note="a doubled operator"), day(2025, 12, 20),
         "工程股", "鉴定为一类坝的比例", "安全鉴定报告"),
        (None, "时效指标", "主体工程完工时间", None, "汛期前完成",
         mk(day(2023, 5, 31), "Y102", "error", alt=("Y101",),
            note="a 2023 date in a 2025 table"), "工程股", "主汛期前完成主体工程", "施工日志"),
        (None, "成本指标", "单座水库除险加固平均投资", None, "≤80万元/座",
         day(2025, 12, 31), "财务股", "总投资/水库座数", "结算报告"),
        ("效益指标", "社会效益指标", "恢复灌溉面积", None, "≥5600亩", day(2025, 12, 31),
         "农水股", "恢复设计灌溉面积", "灌区统计"),
        (None, None, "保护下游人口", None, "≥1.2万人", day(2025, 12, 31), "防汛办",
         "下游受保护人口", "山洪风险普查"),
        (None, "可持续影响指标", "水库工程设计使用年限", None, "≥30年", day(2025, 12, 31),
         "工程股", "按设计文件", "初步设计报告"),
        ("满意度指标", "服务对象满意度指标", "库区及下游群众满意度", None, "≥90%",
         day(2025, 12, 15), "办公室", "问卷调查", "问卷汇总"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, 1, "黄某", "0736-8820317", day(2025, 1, 8))
    return b


def hide_column(b: Book, sheet: str, col: int) -> None:
    b.wb[sheet].column_dimensions[get_column_letter(col)].hidden = True


@variant("io08-hidden-old-values-ok", (4, 1), "project, OLD-NAT, a hidden column of last year's "
         "values and two hidden rows of last year's indicators kept under the table")  # fmt: skip
def io08() -> Book:
    b = Book()
    s = b.sheet("项目绩效", (14, 14, 28, 14, 10, 14, 14))
    s.title("2026年度项目支出绩效目标表", 6)
    pairs(s, [("项目名称", "青槐市中小学生视力健康筛查"), ("主管部门", "青槐市教育局")], 1, 6)
    pairs(s, [("资金总额（万元）", money(96)), ("财政拨款", money(96)), ("其他资金", money(0))],
          1, 6)  # fmt: skip
    pairs(s, [("年度绩效目标", "完成全市中小学生视力筛查8.6万人次，建立视力健康电子档案。")], 1, 6)
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注",
          ok("2025年指标值", note="a hidden column of last year's values"))  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "中小学生视力筛查人次", 86000, "人次", None, ok(81000)),
        (None, None, "视力健康电子档案建档数", 86000, "份", "新增", ok(0)),
        (None, "质量指标", "筛查结果录入准确率", pct(0.98), "%", None, ok(pct(0.95))),
        (None, "时效指标", "筛查结果反馈家长时限", "≤10", "个工作日", None, ok("≤15")),
        (None, "成本指标", "人均筛查费用", "≤11", "元/人次", None, ok("≤12")),
        ("效益指标", "社会效益指标", "近视学生家长告知率", pct(1), "%", None, ok(pct(1))),
        (None, "可持续影响指标", "学生视力健康档案动态管理", "持续开展", None, None, ok("—")),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "%", None, ok("≥85%")),
    ]
    s.table(rows, merged=(1, 2))
    hide_column(b, "项目绩效", 7)
    for name, value in (("筛查设备采购台数", "≥20"), ("筛查设备验收合格率", "≥95%")):
        r = s.row(ok("产出指标"), None, ok(name), ok(value), None, None, ok(value))
        s.ws.row_dimensions[r].hidden = True
    s.skip()
    s.row("填报日期：", day(2025, 11, 3, CN_DATE))
    return b


@variant("io09-hidden-multi-year-defects", (4, 8, 12), "three-year project, NAT-2021, 中期 "
         "and 年度 columns, a hidden column of old values: a cumulative count copied into "
         "年度, money that does not add up")  # fmt: skip
def io09() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 28, 14, 14, 12, 14))
    banner(s, "项目支出绩效目标表（2025年度）", 1, 6)
    pairs(s, [("项目名称", "云岫县城区老旧小区改造（2025—2027年）"),
              ("主管部门", "云岫县住房和城乡建设局")], 1, 6)  # fmt: skip
    pairs(s, [("项目期", "3年"), ("计划开始日期", day(2025, 1, 1)),
              ("计划完成日期", day(2027, 12, 31))], 1, 6)  # fmt: skip
    s.row("中期资金总额（万元）", money(5400), "其中：财政拨款", money(4800), "其他资金",
          money(600))  # fmt: skip
    s.row("年度资金总额（万元）", mk(money(1900), "B101", "error", row=True,
                                      note="1650 + 200 = 1850 ≠ 1900"),
          "其中：财政拨款", money(1650), "其他资金", money(200))  # fmt: skip
    pairs(s, [("中期目标（2025年—2027年）", "三年改造老旧小区42个、惠及居民5600户。")], 1, 6)
    pairs(s, [("年度目标", "2025年改造老旧小区14个，惠及居民1900户。")], 1, 6)
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注",
          ok("原指标值（2024版）", note="a hidden column of old values"))  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "改造老旧小区数量", "≥42个", "≥14个", None, ok("≥40个")),
        (None, None, "惠及居民户数", "≥5600户", "≥1900户", None, ok("≥5200户")),
        (None, None, "加装电梯部数", "≥60部",
         mk("≥60部", "D202", "warning", note="the 3-year count copied into the year"),
         None, ok("≥50部")),
        (None, "质量指标", "改造工程竣工验收合格率", "100%", "100%", None, ok("100%")),
        (None, "时效指标", "年度改造任务完成时间", "2027年12月31日前", "2025年12月31日前",
         None, ok("2026年12月31日前")),
        ("成本指标", "经济成本指标", "户均改造成本", "≤0.95万元/户", "≤0.95万元/户",
         None, ok("≤1万元/户")),
        ("效益指标", "社会效益指标", "小区基础设施完善率", "≥95%", "≥90%", None, ok("≥90%")),
        (None, "可持续影响指标", "小区长效管理机制覆盖率", "100%", "≥80%", None, ok("≥80%")),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", "≥90%", None,
         ok("≥85%")),
    ], merged=(1, 2))  # fmt: skip
    hide_column(b, "绩效目标表", 7)
    return b
