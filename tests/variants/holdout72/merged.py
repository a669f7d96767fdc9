"""Indicator and value in one cell (三级指标及指标值, 绩效指标（含指标值）), a 备注 holding the
basis and the unit, weights beside combined cells, a flat department list of combined cells."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout72.common import footer
from tests.variants.holdout72.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct


@variant("kd01-name-and-value-one-cell", (1,), "project, NAT-2021, head 三级指标及指标值: each "
         "indicator and its target in one cell, a 指标值设定依据 column")  # fmt: skip
def kd01() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 40, 16, 20))
    project_head(s, year=2027, name="青岚市乡村医生"
                                    "能力提升培训项目", dept="青岚市卫生健康局（207）",
                 unit="青岚市基层卫生培训中心", attr="延续项目",
                 money=[("年度资金总额", money(85, WAN), "其中：财政拨款", money(85, WAN)),
                        ("其他资金", money(0, WAN), None, None)],
                 goals=["2027年培训乡村医生300人，提升常见病、"
                        "慢性病规范诊疗能力，建立培训档案。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标及指标值", "指标值设定依据", "备注")
    s.table([
        ("成本指标", "经济成本指标", "人均培训成本≤2700元/人", "计划标准", None),
        (None, None, "教材印制成本≤40元/套", "历史标准", None),
        ("产出指标", "数量指标", "培训乡村医生≥300人", "计划标准", None),
        (None, None, "开展集中培训班≥6期", "计划标准", "每期50人"),
        (None, None, "编印培训教材≥300套", "计划标准", None),
        (None, "质量指标", "培训考核合格率≥95%", "行业标准", None),
        (None, None, "学员出勤率≥90%", "历史标准", None),
        (None, None, "副高以上职称师资占比≥60%", "计划标准", None),
        (None, "时效指标", "培训任务完成时间：2027年11月30日前", "计划标准", None),
        (None, None, "培训经费拨付及时率100%", "计划标准", None),
        ("效益指标", "社会效益指标", "乡村医生常见病规范诊疗率提高≥5个百分点", "历史标准", None),
        (None, None, "村卫生室慢病随访规范率≥85%", "行业标准", None),
        (None, "可持续影响指标", "乡村医生培训档案建档率100%", "计划标准", "档案长期保存使用"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度≥90%", "行业标准", None),
        (None, None, "村民对村医服务满意度≥85%", "历史标准", None),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "填报人：周敏    联系电话：0736-5521804    填报日期：2026年11月12日", 5)
    return b


@variant("kd02-indicator-included-wrong", (1, 11), "project, NAT-2021, head 绩效指标（含指标值） "
         "over name and value in one cell: a rate over 100 %, an accident rate with "
         "≥")  # fmt: skip
def kd02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 18, 44, 22))
    project_head(s, year=2027, name="白沙河区老旧小区"
                                    "燃气管道改造项目", dept="白沙河区住房和城乡建设局",
                 unit="白沙河区城市更新服务中心", attr="一次性项目",
                 money=[("年度资金总额", money(420, WAN), "其中：财政拨款", money(380, WAN)),
                        ("其他资金", money(40, WAN), None, None)],
                 goals=["完成12个老旧小区燃气立管及庭院管网改造，"
                        "惠及居民2600户，消除燃气安全隐患。"])  # fmt: skip
    s.row("一级指标", "二级指标", "绩效指标（含指标值）", "备注")
    s.table([
        ("产出指标", "数量指标", "改造老旧小区≥12个", None),
        (None, None, "更换燃气立管≥9.5公里", None),
        (None, None, "惠及居民≥2600户", None),
        (None, None, "加装燃气泄漏报警器≥2600台", "每户1台"),
        (None, "质量指标", mk("改造工程验收合格率≥105%", "T106", "error"), None),
        (None, None, "管道气密性试验一次通过率≥98%", None),
        (None, "时效指标", "改造工程完工时间：2027年10月31日前", None),
        (None, None, "隐患整改响应时间≤24小时", None),
        ("成本指标", "经济成本指标", "户均改造成本≤1500元/户", "计划标准"),
        (None, None, "工程结算审减率≥3%", None),
        ("效益指标", "社会效益指标",
         mk("燃气泄漏事故发生率≥1%", "T108", "warning", row=True,
            note="反向指标用了≥，应为≤"), None),
        (None, None, "居民用气安全知晓率≥90%", None),
        (None, "可持续影响指标", "改造后管网设计使用年限≥30年", None),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "单位负责人：    财务负责人：    填表人：黄立新    2026年11月20日", 4)
    return b


@variant("kd09-remark-basis-unit", (1,), "project, OLD-NAT, 比较符 column and bare values, the "
         "unit and the basis written together in 备注")  # fmt: skip
def kd09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 10, 12, 34))
    project_head(s, year=2027, name="临溪县农村生活垃圾分类收运项目", dept="临溪县城市管理局",
                 unit="临溪县环境卫生管理所", attr="常年项目",
                 money=[("年度资金总额", money(260, WAN), "其中：财政拨款", money(230, WAN)),
                        ("其他资金", money(30, WAN), None, None)],
                 goals=["覆盖全县9个乡镇126个行政村的生活垃圾分类收运，"
                        "日清日运，无害化处理率100%。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "备注（计量单位、设定依据）")
    s.table([
        ("产出指标", "数量指标", "覆盖行政村数", "≥", 126, "单位：个；依据：计划标准"),
        (None, None, "配置分类收集桶", "≥", 5000, "单位：个；依据：计划标准"),
        (None, None, "年收运生活垃圾量", "≥", 21000, "单位：吨；依据：上年实际收运2.05万吨"),
        (None, "质量指标", "生活垃圾无害化处理率", "=", pct(1), "依据：行业标准"),
        (None, None, "分类投放准确率", "≥", pct(0.7), "依据：县分类工作方案"),
        (None, "时效指标", "垃圾清运频次", "≥", 1, "单位：次/日；依据：行业标准"),
        (None, None, "投诉处理时限", "≤", 48, "单位：小时；依据：服务承诺"),
        (None, "成本指标", "吨垃圾收运成本", "≤", 115, "单位：元/吨；依据：历史标准"),
        ("效益指标", "社会效益指标", "村庄环境卫生考核达标率", "≥", pct(0.9), "依据：历史标准"),
        (None, "生态效益指标", "生活垃圾资源化利用率", "≥", pct(0.35), "依据：省定目标"),
        (None, "可持续影响指标", "长效保洁机制覆盖乡镇", "≥", 9, "单位：个；依据：计划标准"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", pct(0.9), "依据：行业标准"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "注：比较符列填写≥、≤、=；计量单位及指标值设定依据在备注栏注明。", 6)
    return b


@variant("kd10-period-copied-remark", (1, 8), "three-year project, NAT-2021, 中期 and 年度 "
         "columns, the unit in 备注: two cumulative counts copied from 中期 into "
         "年度")  # fmt: skip
def kd10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 14, 14, 26))
    project_head(s, year=2027, years=3, name="青岚市高标准农田建设项目（2027—2029年）",
                 dept="青岚市农业农村局", unit="青岚市农田建设服务中心", attr="新增项目",
                 money=[("中期资金总额", money(1500, WAN), "年度资金总额", money(500, WAN)),
                        ("其中：财政拨款", money(1500, WAN), "其中：财政拨款", money(500, WAN))],
                 goals=["三年建成高标准农田4800亩，配套灌排和田间道路，亩均粮食产能提高50公斤。",
                        "2027年建成高标准农田1600亩，"
                        "完成灌排渠系配套，当年项目区亩均增产20公斤。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注（单位及依据）")
    s.table([
        ("产出指标", "数量指标", "新建高标准农田面积", "≥4800", "≥1600", "单位：亩；计划标准"),
        (None, None, "新建改造灌排渠道", "≥24", mk("≥24", "D202", "warning"), "单位：公里；"
                                                                      "计划标准"),
        (None, None, "新修田间道路", "≥16", mk("≥16", "D202", "warning"), "单位：公里；计划标准"),
        (None, "质量指标", "工程验收合格率", "≥95%", "≥95%", "行业标准"),
        (None, None, "耕地质量等级提升", "≥0.5", "≥0.2", "单位：等；历史标准"),
        (None, "时效指标", "年度建设任务完成时间", "2029年12月31日前", "2027年12月31日前", None),
        ("成本指标", "经济成本指标", "亩均建设成本", "≤3000", "≤3000", "单位：元/亩；省定标准"),
        ("效益指标", "经济效益指标", "项目区亩均粮食产能提高", "≥50", "≥20", "单位：公斤"),
        (None, "生态效益指标", "节水灌溉面积占比", "≥60%", "≥60%", "计划标准"),
        (None, "可持续影响指标", "工程设计使用年限", "≥15", "≥15", "单位：年"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "≥90%", "行业标准"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "填报单位（盖章）：青岚市农业农村局    填报日期：2026年10月28日", 6)
    return b


@variant("kd11-two-line-head-points", (1, 10), "project, OLD-NAT, two-line header (绩效指标 over "
         "一级/二级/三级指标及目标值), a 分值 column beside combined cells adding to "
         "100")  # fmt: skip
def kd11() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 14, 40, 10, 24))
    project_head(s, year=2027, name="东岭区中小学课后服务保障项目", dept="东岭区教育局",
                 unit="东岭区教育局（本级）", attr="常年项目",
                 money=[("年度资金总额", money(640, WAN), "其中：财政拨款", money(560, WAN)),
                        ("其他资金", money(80, WAN), None, None)],
                 goals=["保障全区38所中小学开展课后服务，"
                        "参与学生不少于2.4万人，服务时长每周不少于10小时。"])  # fmt: skip
    top = s.row("绩效指标", None, None, "分值", "备注", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标及目标值", None, None)
    s.ws.merge_cells(start_row=top, start_column=4, end_row=top + 1, end_column=4)
    s.ws.merge_cells(start_row=top, start_column=5, end_row=top + 1, end_column=5)
    s.table([
        ("产出指标", "数量指标", "开展课后服务学校≥38所", 10, None),
        (None, None, "参与课后服务学生≥24000人", 10, None),
        (None, None, "每周课后服务时长≥10小时", 5, None),
        (None, "质量指标", "课后服务课程开课率≥98%", 8, None),
        (None, None, "教师参与课后服务比例≥80%", 7, None),
        (None, "时效指标", "补助资金按学期拨付到位率100%", 5, None),
        (None, "成本指标", "生均课后服务财政补助≤230元/人·年", 5, "财政与家长分担"),
        ("效益指标", "社会效益指标", "学生课后看护需求满足率≥95%", 10, None),
        (None, None, "学生参加素质拓展类课程比例≥40%", 10, None),
        (None, "可持续影响指标", "课后服务管理制度健全", 10, None),
        ("满意度指标", "服务对象满意度指标", "家长满意度≥90%", 10, None),
        (None, None, "学生满意度≥90%", 10, None),
        ("合计", None, None, 100, None),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "填表人：蒋雯    审核人：李国栋    联系电话：0739-8823016", 5)
    return b


@variant("kd13-flat-department-combined", (3, 1), "department, flat list 序号 · "
         "绩效指标（含指标值） · 权重 · 备注, numbered goal in one cell, weights adding to "
         "100")  # fmt: skip
def kd13() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 16, 30, 16, 16, 16))
    department_head(s, year=2027, dept="临溪县档案馆", filled=day(2026, 11, 6),
                    budget=[(money(316, WAN), money(316, WAN), money(0, WAN), money(238, WAN),
                             money(78, WAN))],
                    tasks=[("馆藏档案数字化", "纸质档案扫描、著录、挂接", money(45, WAN),
                            "完成数字化18万画幅"),
                           ("档案库房安全维护", "消防、温湿度设备维保", money(21, WAN),
                            "库房安全事故零发生"),
                           ("档案开放利用", "查档服务和展览", money(12, WAN), "接待查档≥3000人次"),
                           ("金额合计", None, money(78, WAN), None)],
                    goal="1.完成馆藏档案数字化18万画幅；2.库房温湿度达标，安全无事故；"
                         "3.接待查档利用3000人次以上，举办档案展览2场。")  # fmt: skip
    s.row("序号", "绩效指标（含指标值）", None, "权重", "备注", None, merge=[(2, 3), (5, 6)])
    for i, (text, w, note) in enumerate([
        ("档案数字化画幅≥18万画幅", 15, "计划标准"),
        ("数字化成果质检合格率≥98%", 10, "行业标准"),
        ("库房温湿度达标率≥95%", 10, None),
        ("档案安全事故发生次数=0次", 10, None),
        ("接待查档利用≥3000人次", 10, "上年2860人次"),
        ("举办档案主题展览≥2场", 10, None),
        ("查档申请办结时限≤3个工作日", 10, None),
        ("档案资源共享平台可用率≥99%", 5, None),
        ("每万画幅数字化成本≤2.5万元", 10, "市场询价"),
        ("查档群众满意度≥90%", 10, None),
    ], start=1):  # fmt: skip
        s.row(i, text, None, w, note, None, merge=[(2, 3), (5, 6)])
    s.row("合计", None, None, 100, None, None, merge=[(2, 3), (5, 6)])
    footer(s, "单位负责人：刘怀远    填报人：陈蕾", 6)
    return b
