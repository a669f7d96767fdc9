"""Operators written in words: 不低于, 不少于, 不超过, 不高于, 大于等于, 达到, and 以上 / 以内
after the number; inline, in a 比较符 column, and in a department table."""

from __future__ import annotations

from tests.variants.holdout147.common import department, footer, project, table
from tests.variants.holdout147.registry import variant
from tests.variants.kit import Book, mk, pct

Y = 2027
HEAD5 = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant("na01-words-inline", (1,), "project, NAT-2021, operators in words inside the values "
         "(不少于, 不低于, 不超过, 大于等于, 达到), a 备注 column, 项目负责人 line")  # fmt: skip
def na01() -> Book:
    b = Book()
    s = project(b, year=Y, name="澄溪县农村电商技能培训项目", dept="澄溪县人力资源和社会保障局",
                unit="澄溪县职业技能培训中心", leader="刘某某", phone="0738-6213457",
                annual=(96, 80, 16), width=5,
                goal="全年开展农村电商技能培训24期、培训1200人，带动360名学员实现就业创业，"
                "新增网店销售额500万元以上。")  # fmt: skip
    table(s, HEAD5, [
        ("产出指标", "数量指标", "电商技能培训人数", "不少于1200人", None),
        (None, None, "培训班期数", "不少于24期", "每期50人"),
        (None, "质量指标", "培训考核合格率", "不低于90%", None),
        (None, None, "实训课时占比", "不低于40%", None),
        (None, "时效指标", "培训任务完成时间", "2027年11月30日前", None),
        (None, None, "培训补贴拨付时限", "不超过30天", "结业后"),
        ("成本指标", "经济成本指标", "人均培训成本", "不超过700元/人", None),
        ("效益指标", "经济效益指标", "参训学员网店新增销售额", "不低于500万元", None),
        (None, "社会效益指标", "参训人员实现就业创业人数", "不少于360人", None),
        (None, "可持续影响指标", "持续运营的村级电商服务站", "达到20家", None),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "不低于90%", None),
        (None, None, "用工企业满意度", "大于等于85%", None),
    ])  # fmt: skip
    footer(s, 5, Y)
    return b


@variant("na02-words-operator-column", (1,), "project, OLD-NAT, a 比较符 column in words "
         "(大于等于 / 小于等于), bare numbers and percent cells, a 计量单位 column")  # fmt: skip
def na02() -> Book:
    b = Book()
    s = project(
        b,
        year=Y,
        name="白鹭湾区老年助餐服务补助项目",
        dept="白鹭湾区民政局",
        unit="白鹭湾区养老服务指导中心",
        leader="周某",
        phone="0592-7761208",
        annual=(180, 150, 30),
        width=6,
        goal="运营社区助餐点36个，全年提供助餐服务15万人次，惠及老年人4500人以上。",
    )
    table(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "社区助餐点运营数量", "大于等于", 36, "个"),
        (None, None, "全年助餐服务人次", "大于等于", 150000, "人次"),
        (None, "质量指标", "食品安全抽检合格率", "大于等于", pct(0.98), "%"),
        (None, None, "助餐点消防检查合格率", "大于等于", pct(0.95), "%"),
        (None, "时效指标", "补助资金拨付时限", "小于等于", 30, "天"),
        (None, "成本指标", "每餐补助标准", "小于等于", 8, "元/人次"),
        ("效益指标", "社会效益指标", "惠及老年人数", "大于等于", 4500, "人"),
        (None, None, "高龄独居老人助餐覆盖率", "大于等于", pct(0.6), "%"),
        (None, "可持续影响指标", "助餐点持续运营年限", "大于等于", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "就餐老年人满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, 6, Y)
    return b


@variant("na03-words-after-number", (1,), "project, NAT-2021, a two-line header, 以上 / 以内 "
         "after the number (95%以上, 24小时以内, 260万元以内)")  # fmt: skip
def na03() -> Book:
    b = Book()
    s = project(
        b,
        year=Y,
        name="松岭镇农村饮水安全巩固提升工程",
        dept="澄溪县水利局",
        unit="松岭镇人民政府",
        leader="黄某某",
        phone="13807381264",
        annual=(260, 200, 60),
        width=5,
        attr="一次性项目",
        goal="新建改造供水管网12公里以上，8个行政村6000余人饮水安全得到巩固提升。",
    )
    table(s, ("绩效指标", None, None, "指标值", "备注"), [
        ("产出指标", "数量指标", "新建改造供水管网长度", "12公里以上", None),
        (None, None, "受益行政村数", "8个以上", None),
        (None, "质量指标", "出厂水水质检测达标率", "95%以上", "按季度检测"),
        (None, None, "管网工程一次验收合格率", "95%以上", None),
        (None, "时效指标", "工程完工时间", "2027年10月31日前", None),
        (None, None, "管网故障抢修时间", "24小时以内", None),
        ("成本指标", "经济成本指标", "工程建设总成本", "260万元以内", None),
        (None, None, "每公里管网建设成本", "18万元以内", None),
        ("效益指标", "社会效益指标", "新增受益人口", "6000人以上", None),
        (None, "可持续影响指标", "工程设计使用年限", "20年以上", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "90%以上", None),
    ], head2=("一级指标", "二级指标", "三级指标", None, None))  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 12, start_column=1, end_row=s.r - 12, end_column=3)
    s.ws.merge_cells(start_row=s.r - 12, start_column=4, end_row=s.r - 11, end_column=4)
    s.ws.merge_cells(start_row=s.r - 12, start_column=5, end_row=s.r - 11, end_column=5)
    footer(s, 5, Y)
    return b


@variant("na04-words-direction-wrong", (1, 11), "project, NAT-2021, operators in words: a "
         "反向 rate written 不低于, a 及时率 given as a count")  # fmt: skip
def na04() -> Book:
    b = Book()
    s = project(
        b,
        year=Y,
        name="青石区城市道路照明设施维护项目",
        dept="青石区城市管理局",
        unit="青石区路灯管理所",
        leader="吴某某",
        phone="0731-8456120",
        annual=(150, 150, 0),
        width=5,
        goal="维护全区路灯1.2万盏，主次干道亮灯率保持在98%以上，故障及时修复。",
    )
    table(s, HEAD5, [
        ("产出指标", "数量指标", "维护路灯数量", "不少于12000盏", None),
        (None, None, "更换LED节能灯具数量", "不少于800盏", None),
        (None, "质量指标", "主次干道路灯亮灯率", "不低于98%", None),
        (None, None, "路灯设施故障率",
         mk("不低于2%", "T108", "warning", row=True, note="故障率 is 反向: 不高于2% meant"),
         None),
        (None, "时效指标", "故障报修修复时间", "不超过48小时", None),
        (None, None, "报修工单处置及时率",
         mk("不少于600次", "T105", "error", note="a 及时率 given as a count"), None),
        ("成本指标", "经济成本指标", "单盏路灯年维护成本", "不高于120元/盏", None),
        ("效益指标", "社会效益指标", "背街小巷路灯覆盖率", "不低于90%", None),
        (None, "生态效益指标", "年节约用电量", "不少于30万千瓦时", None),
        (None, "可持续影响指标", "路灯设施完好率", "不低于95%", None),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "不低于90%", None),
    ])  # fmt: skip
    footer(s, 5, Y)
    return b


@variant("na05-words-over-100", (1,), "project, OLD-NAT, operators in words with a 计量单位 "
         "column: an 合格率 written 不低于100%")  # fmt: skip
def na05() -> Book:
    b = Book()
    s = project(
        b,
        year=Y,
        name="梧桐县中小学食堂食品安全提升项目",
        dept="梧桐县教育局",
        unit="梧桐县学校后勤服务中心",
        leader="孙某某",
        phone="0745-3329018",
        annual=(210, 210, 0),
        width=6,
        goal="完成42所中小学食堂明厨亮灶改造，食品安全快检覆盖全部学校食堂。",
    )
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注"), [
        ("产出指标", "数量指标", "明厨亮灶改造学校数", "不少于42", "所", None),
        (None, None, "食品快检设备配备数", "不少于42", "套", None),
        (None, None, "食堂从业人员培训人次", "不少于600", "人次", None),
        (None, "质量指标", "改造工程验收合格率",
         mk("不低于100%", "T106", "error", note="a 合格率 cannot exceed 100%"), "%", None),
        (None, None, "食品快检覆盖率", "不低于95%", "%", None),
        (None, "时效指标", "改造完成时间", "2027年8月31日前", None, "秋季开学前"),
        (None, "成本指标", "单校改造成本", "不超过4.5", "万元", None),
        ("效益指标", "社会效益指标", "师生食品安全知识知晓率", "不低于90%", "%", None),
        (None, "可持续影响指标", "食堂食品安全管理制度健全率", "不低于95%", "%", None),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "不低于90%", "%", None),
    ])  # fmt: skip
    footer(s, 6, Y)
    return b


@variant("na06-department-words", (1, 12), "department, NAT-2021, operators in words, "
         "填报人 and 联系电话, tasks adding to 项目支出")  # fmt: skip
def na06() -> Book:
    b = Book()
    s = department(b, year=Y, dept="梧桐县市场监督管理局", filler="郑某某", phone="0745-3318826",
                   budget=(860, 800, 60, 520, 340), tasks=[
                       ("食品安全抽检", "全年抽检食品3000批次", 120, "抽检3000批次以上"),
                       ("特种设备安全监察", "电梯、锅炉等特种设备检查", 90, "定期检验率98%以上"),
                       ("消费维权", "12315投诉举报处置", 130, "投诉按时办结"),
                       ("金额合计", None, 340, None),
                   ], goal="完成食品安全抽检3000批次，特种设备定期检验率不低于98%，"
                   "消费投诉按时办结率不低于95%。")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注", None), [
        ("产出指标", "数量指标", "食品安全抽检批次", "不少于3000批次", None),
        (None, None, "特种设备安全检查台次", "不少于1500台次", None),
        (None, "质量指标", "特种设备定期检验率", "不低于98%", None),
        (None, None, "消费投诉按时办结率", "不低于95%", None),
        (None, "时效指标", "投诉举报处理时限", "不超过7个工作日", None),
        ("成本指标", "经济成本指标", "每批次抽检成本", "不高于400元", None),
        ("效益指标", "社会效益指标", "抽检不合格食品核查处置率", pct(1.0), None),
        (None, None, "为消费者挽回经济损失", "不少于80万元", None),
        (None, "可持续影响指标", "食品安全风险隐患排查机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "消费者投诉处理满意度", "不低于90%", None),
        (None, None, "经营主体满意度", "大于等于85%", None),
    ])  # fmt: skip
    footer(s, 6, Y, who="郑某某")
    return b
